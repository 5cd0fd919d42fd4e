import { create } from 'zustand';
import { createEditorSlice, type EditorSlice } from './editor-slice';
import { createLibrarySlice, hasMap, type LibrarySlice } from './library-slice';

/** One store from slices: the library (maps on this device) and the editor (history, selection). */
export type AppState = LibrarySlice & EditorSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createLibrarySlice(...args),
  ...createEditorSlice(...args),
}));

// hasOwn: an address like /maps/constructor must not find Object.prototype members.
export const selectMap = (id: string | undefined) => (state: AppState) =>
  hasMap(state, id) ? state.entries[id]?.map : undefined;

export const selectEntry = (id: string | undefined) => (state: AppState) =>
  hasMap(state, id) ? state.entries[id] : undefined;

export const selectCanUndo = (id: string) => (state: AppState) => (state.histories[id]?.past.length ?? 0) > 0;
export const selectCanRedo = (id: string) => (state: AppState) => (state.histories[id]?.future.length ?? 0) > 0;
