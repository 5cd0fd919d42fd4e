import { create } from 'zustand';
import type { PathwayMap } from '../domain/schema/map';
import { loadBundledSamples } from '../io/bundled-samples';

/**
 * The maps open on this device, by id, in library order.
 * For now they live in memory only: saving to IndexedDB is the editor-and-library issue's work.
 */
export type LibraryState = {
  maps: Record<string, PathwayMap>;
  order: string[];
  /** Adds a map and returns the id it was stored under (a copy gets a fresh id: nothing is overwritten). */
  addMap: (map: PathwayMap) => string;
};

export const useLibraryStore = create<LibraryState>()((set, get) => ({
  ...initialLibrary(),
  addMap: (map) => {
    const id = freeId(map.id, get().maps);
    const stored = id === map.id ? map : { ...map, id };
    set((state) => ({ maps: { ...state.maps, [id]: stored }, order: [...state.order, id] }));
    return id;
  },
}));

function initialLibrary(): Pick<LibraryState, 'maps' | 'order'> {
  const samples = loadBundledSamples();
  return {
    maps: Object.fromEntries(samples.map((map) => [map.id, map])),
    order: samples.map((map) => map.id),
  };
}

function freeId(wanted: string, taken: Record<string, unknown>): string {
  if (!Object.hasOwn(taken, wanted)) return wanted;
  let n = 2;
  while (Object.hasOwn(taken, `${wanted}-${n}`)) n += 1;
  return `${wanted}-${n}`;
}

export const selectMap = (id: string | undefined) => (state: LibraryState) =>
  // hasOwn: an address like /maps/constructor must not find Object.prototype members.
  id !== undefined && Object.hasOwn(state.maps, id) ? state.maps[id] : undefined;
