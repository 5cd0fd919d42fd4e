import { idRecord } from '../domain/id-record';
import { createAutosave, type Autosave } from '../io/autosave';
import { openMapRepository, type MapRepository, type RemoveOutcome } from '../io/library-db';
import { flushWhenPageHides } from '../io/page-lifecycle';
import { createTabSync, type TabSync } from '../io/tab-sync';
import { useAppStore, type AppState } from './app-store';
import type { LibraryEntry } from './library-slice';
import { handleOtherTab } from './other-tabs';
import { retryFailedSaves } from './retry-failed-saves';
import { isMerging, mergeWithStored } from './merge-with-stored';
import type { MergeAnswer } from './merge-questions';

/** What the UI may ask of storage: the choices after a conflict, and a flush. */
export type Persistence = {
  /** "Load the newer version": show what the other tab saved (this tab's unsaved edits are dropped). */
  loadStoredVersion(mapId: string): Promise<void>;
  /** "Keep my version": merge with what the other tab saved (or, with no common version known, store this tab's over it). */
  keepThisVersion(mapId: string): Promise<void>;
  /** The user chose, for each field both tabs changed, which value to keep: the merge is stored. */
  answerMerge(mapId: string, answers: readonly MergeAnswer[]): Promise<void>;
  flush(): Promise<void>;
  /** Deletes a stored record that could not be read (the user chose to, after downloading it or not). */
  removeUnreadable(id: string): Promise<RemoveOutcome>;
  stop(): void;
};

let active: Persistence | undefined;
export const getPersistence = (): Persistence | undefined => active;

/**
 * Loads the maps on this device into the store, then saves every change to a device map (debounced,
 * flushed when the page hides) and keeps tabs from silently overwriting each other.
 */
export async function startPersistence(repository: MapRepository = openMapRepository()): Promise<Persistence> {
  const store = useAppStore;
  const tabSync = createTabSync();
  let askedForPersistence = false;
  const autosave = createAutosave({
    repository,
    onStatus: (mapId, status) => {
      store.getState().setSaveStatus(mapId, status);
      // Another tab saved first: merge with it rather than make the user choose a version.
      if (status.kind === 'conflict' && !isMerging(mapId)) void mergeWithStored(mapId, { autosave, repository });
    },
    onSaved: (mapId, revision) => {
      tabSync.announceSaved(mapId, revision);
      if (!askedForPersistence) void repository.requestPersistence();
      askedForPersistence = true;
    },
  });
  const loaded = await repository.loadAll();
  store.getState().setStorage(loaded.storageProblem ? { state: 'unavailable', message: loaded.storageProblem } : { state: 'ready' });
  for (const stored of loaded.maps) autosave.track(stored.map.id, stored.revision, stored.savedAt, stored.map);
  const before = store.getState().entries;
  store.getState().loadStored(loaded.maps.map((stored) => stored.map), loaded.unreadable);

  // Device maps made before loading finished (an early import) are saved like any change.
  let previous: AppState['entries'] = idRecord(Object.entries(before).filter(([, entry]) => entry.source === 'sample'));
  const saveChanges = (entries: AppState['entries']) => {
    if (entries === previous) return;
    for (const [id, entry] of Object.entries(entries)) {
      // Compared with what storage holds, not with the last map in memory: an undo back to the
      // stored map while a save of the edit is on its way still writes it back.
      if (entry.source !== 'device' || previous[id]?.map === entry.map || autosave.isStored(entry.map)) continue;
      // A new map (made, copied, imported) is stored at once: nothing to debounce, much to lose.
      if (previous[id] === undefined) void autosave.saveNow(entry.map);
      else autosave.schedule(entry.map);
    }
    for (const [id, entry] of Object.entries(previous)) {
      if (!Object.hasOwn(entries, id) && entry.source === 'device') void removeStored(id);
    }
    previous = entries;
  };
  const removeStored = async (id: string) => {
    await autosave.flush();
    await repository.remove(id);
    autosave.track(id, 0);
    tabSync.announceDeleted(id);
  };
  saveChanges(store.getState().entries);
  const unsubscribe = store.subscribe((state) => saveChanges(state.entries));

  const loadStoredVersion = async (mapId: string) => {
    const stored = await repository.load(mapId);
    if (!stored || !('map' in stored)) return;
    autosave.track(mapId, stored.revision, stored.savedAt, stored.map);
    store.getState().replaceFromStorage(stored.map);
    store.getState().setSaveStatus(mapId, { kind: 'saved', revision: stored.revision, savedAt: stored.savedAt, map: stored.map });
  };
  const stopOtherTabs = tabSync.onChange((event) =>
    handleOtherTab(event, { autosave, loadStoredVersion, isOpenHere: (id) => isDeviceMap(store.getState().entries[id]) }),
  );
  const stopFlushing = flushWhenPageHides(autosave);
  const stopRetrying = retryFailedSaves(autosave);

  active = {
    loadStoredVersion,
    keepThisVersion: (mapId) => mergeWithStored(mapId, { autosave, repository }, { keepMineWithoutBase: true }),
    answerMerge: (mapId, answers) => mergeWithStored(mapId, { autosave, repository }, { answers }),
    flush: () => autosave.flush(),
    removeUnreadable: async (id) => {
      const outcome = await repository.remove(id);
      if (outcome.ok) {
        store.getState().forgetUnreadable(id);
        tabSync.announceDeleted(id);
      }
      return outcome;
    },
    stop: () => {
      unsubscribe();
      stopOtherTabs();
      stopFlushing();
      stopRetrying();
      autosave.dispose();
      tabSync.close();
      active = undefined;
    },
  };
  return active;
}

const isDeviceMap = (entry: LibraryEntry | undefined) => entry?.source === 'device';

export type { Autosave, TabSync };
