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
import { forgetJournal, readJournal, writeJournal } from '../io/unload-journal';
import { planRecovery } from './recover-unsaved';

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
  // Unload-journal entries (by their map id) that end once the map with this id is stored.
  const journalEndsWithSave = new Map<string, string>();
  const autosave = createAutosave({
    repository,
    onStatus: (mapId, status) => {
      store.getState().setSaveStatus(mapId, status);
      // Another tab saved first: merge with it rather than make the user choose a version.
      if (status.kind === 'conflict' && !isMerging(mapId)) void mergeWithStored(mapId, { autosave, repository });
    },
    onSaved: (mapId, revision) => {
      const journalId = journalEndsWithSave.get(mapId);
      if (journalId !== undefined && !autosave.unstored().some((unsaved) => unsaved.map.id === mapId)) {
        forgetJournal(journalId);
        journalEndsWithSave.delete(mapId);
      }
      tabSync.announceSaved(mapId, revision);
      if (!askedForPersistence) void repository.requestPersistence();
      askedForPersistence = true;
    },
  });
  const loaded = await repository.loadAll();
  store.getState().setStorage(loaded.storageProblem ? { state: 'unavailable', message: loaded.storageProblem } : { state: 'ready' });
  for (const stored of loaded.maps) autosave.track(stored.map.id, stored.revision, stored.savedAt, stored.map);
  // Edits a page kept in the unload journal as it left: shown now, stored by the saves below.
  const recoveries = planRecovery(readJournal(), loaded.maps, loaded.unreadable);
  const replacing = new Map(recoveries.flatMap((recovery) => (recovery.kind === 'replace' ? [[recovery.map.id, recovery.map] as const] : [])));
  for (const recovery of recoveries) {
    if (recovery.kind === 'stored') forgetJournal(recovery.mapId);
    if (recovery.kind === 'replace') journalEndsWithSave.set(recovery.map.id, recovery.map.id);
  }
  const before = store.getState().entries;
  store.getState().loadStored(loaded.maps.map((stored) => replacing.get(stored.map.id) ?? stored.map), loaded.unreadable);

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
  for (const recovery of recoveries) {
    if (recovery.kind !== 'add' && recovery.kind !== 'copy') continue;
    const journalId = recovery.kind === 'copy' ? recovery.mapId : recovery.map.id;
    // A new map is stored at once, and that save (asynchronous, so registered in time) ends the entry.
    const id = store.getState().addMap(recovery.map);
    journalEndsWithSave.set(id, journalId);
  }

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
  const keepUnsaved = () => {
    const unsaved = autosave.unstored();
    writeJournal(unsaved, repository.tabId);
    for (const { map } of unsaved) journalEndsWithSave.set(map.id, map.id);
  };
  const stopFlushing = flushWhenPageHides(autosave, { keepUnsaved });
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
