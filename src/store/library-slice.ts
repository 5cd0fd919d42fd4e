import type { StateCreator } from 'zustand';
import { createMap } from '../domain/commands/map-fields';
import { idRecord, withId, withoutId, type IdRecord } from '../domain/id-record';
import { slugify, uniqueId } from '../domain/ids';
import type { ParseIssue } from '../domain/parse';
import type { PathwayMap } from '../domain/schema/map';
import type { SaveStatus } from '../io/autosave';
import { loadBundledSamples } from '../io/bundled-samples';
import type { AppState } from './app-store';

/** 'sample' maps ship with the app and are never saved; editing one makes a 'device' copy. */
export type MapSource = 'sample' | 'device';
export type LibraryEntry = { map: PathwayMap; source: MapSource };
export type UnreadableStoredMap = { id: string; savedAt?: string; rawJson?: string; errors: ParseIssue[] };
export type StorageState = { state: 'loading' | 'ready' | 'unavailable'; message?: string };

export type LibrarySlice = {
  entries: IdRecord<LibraryEntry>;
  order: string[];
  storage: StorageState;
  unreadable: UnreadableStoredMap[];
  saveStatus: IdRecord<SaveStatus>;
  /** The last map deleted this session, so "Undo" can bring it back. */
  recentlyDeleted: { entry: LibraryEntry; index: number } | undefined;
  /** Adds a map and returns its id; a taken id gets a numbered copy id: nothing is overwritten. */
  addMap: (map: PathwayMap, source?: MapSource) => string;
  createMap: (title: string) => string;
  duplicateMap: (id: string) => string | undefined;
  renameMap: (id: string, title: string) => void;
  deleteMap: (id: string) => void;
  restoreDeleted: () => string | undefined;
  /** Maps read from this device's storage at start-up. */
  loadStored: (maps: PathwayMap[], unreadable: UnreadableStoredMap[]) => void;
  setStorage: (storage: StorageState) => void;
  setSaveStatus: (id: string, status: SaveStatus) => void;
  /** Another tab saved a newer version: show it, and start this map's undo history afresh. */
  replaceFromStorage: (map: PathwayMap) => void;
  /** A stored map that could not be read was removed from storage (or repaired into a new map). */
  forgetUnreadable: (id: string) => void;
};

export const hasMap = (state: Pick<LibrarySlice, 'entries'>, id: string | undefined): id is string =>
  id !== undefined && Object.hasOwn(state.entries, id);

export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = (set, get) => ({
  ...initialLibrary(),
  storage: { state: 'loading' },
  unreadable: [],
  saveStatus: idRecord<SaveStatus>(),
  recentlyDeleted: undefined,

  addMap: (map, source = 'device') => {
    // A stored record that could not be read keeps its id too: a map saved over it could never be saved.
    const taken = new Set([...Object.keys(get().entries), ...get().unreadable.map((item) => item.id)]);
    const id = taken.has(map.id) ? uniqueId(map.id, taken) : map.id;
    const entry: LibraryEntry = { map: id === map.id ? map : { ...map, id }, source };
    set((state) => ({ entries: withId(state.entries, id, entry), order: [...state.order, id] }));
    return id;
  },

  createMap: (title) => {
    const base = slugify(title) || 'map';
    return get().addMap(createMap(uniqueId(base, new Set(Object.keys(get().entries))), title, new Date()));
  },

  duplicateMap: (id) => {
    const entry = get().entries[id];
    if (!hasMap(get(), id) || !entry) return undefined;
    const now = new Date().toISOString();
    const titles = new Set(Object.values(get().entries).map((other) => other.map.title));
    return get().addMap({ ...entry.map, id: `${id}-copy`, title: copyTitle(entry.map.title, titles), createdAt: now, updatedAt: now });
  },

  renameMap: (id, title) => {
    get().apply(
      id,
      (draft) => {
        draft.title = title;
      },
      { capture: 'join', key: `map:${id}:title` },
    );
  },

  deleteMap: (id) =>
    set((state) => {
      const entry = state.entries[id];
      if (!hasMap(state, id) || !entry) return {};
      return { entries: withoutId(state.entries, id), order: state.order.filter((other) => other !== id), recentlyDeleted: { entry, index: state.order.indexOf(id) } };
    }),

  restoreDeleted: () => {
    const deleted = get().recentlyDeleted;
    if (!deleted) return undefined;
    const id = deleted.entry.map.id;
    if (hasMap(get(), id)) return undefined;
    set((state) => {
      const order = [...state.order];
      order.splice(Math.min(deleted.index, order.length), 0, id);
      return { entries: withId(state.entries, id, deleted.entry), order, recentlyDeleted: undefined };
    });
    return id;
  },

  loadStored: (maps, unreadable) =>
    set((state) => {
      const entries = idRecord(Object.entries(state.entries));
      const order = [...state.order];
      const histories = idRecord(Object.entries(state.histories));
      const taken = new Set([...Object.keys(entries), ...maps.map((map) => map.id), ...unreadable.map((item) => item.id)]);
      const storedIds = [...maps.map((map) => ({ id: map.id, map })), ...unreadable.map((item) => ({ id: item.id, map: undefined }))];
      for (const { id: storedId, map } of storedIds) {
        const early = entries[storedId];
        if (early?.source === 'device') {
          // Made before loading finished (an early import) with a stored map's id: both are kept,
          // the early one under a numbered id (it is not stored yet; persistence saves it next).
          const id = uniqueId(storedId, taken);
          taken.add(id);
          entries[id] = { ...early, map: { ...early.map, id } };
          order.push(id);
          // Its undo steps hold maps with the old id: neither map keeps them.
          histories[storedId] = undefined;
          if (!map) {
            // The stored record can't be read: the early map moved aside, nothing takes its id.
            delete entries[storedId];
            order.splice(order.indexOf(storedId), 1);
          }
        }
        if (!map) continue;
        if (!Object.hasOwn(entries, storedId)) order.push(storedId);
        entries[storedId] = { map, source: 'device' };
      }
      return { entries, order, unreadable, histories };
    }),

  forgetUnreadable: (id) => set((state) => ({ unreadable: state.unreadable.filter((item) => item.id !== id) })),

  setStorage: (storage) => set({ storage }),
  setSaveStatus: (id, status) => set((state) => ({ saveStatus: withId(state.saveStatus, id, status) })),

  replaceFromStorage: (map) =>
    set((state) => ({
      entries: withId(state.entries, map.id, { map, source: 'device' }),
      order: Object.hasOwn(state.entries, map.id) ? state.order : [...state.order, map.id],
      histories: withId(state.histories, map.id, undefined),
    })),
});

/** "Title (copy)", or "(copy 2)", "(copy 3)"… when that name is taken: copies are told apart in the library. */
function copyTitle(title: string, taken: ReadonlySet<string>): string {
  let candidate = `${title} (copy)`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${title} (copy ${n})`;
  return candidate;
}

function initialLibrary(): Pick<LibrarySlice, 'entries' | 'order'> {
  const samples = loadBundledSamples();
  return {
    entries: idRecord(samples.map((map) => [map.id, { map, source: 'sample' as const }])),
    order: samples.map((map) => map.id),
  };
}
