import type { PathwayMap } from '../domain/schema/map';
import { serializeMapCompact } from '../domain/serialize';
import { storedSizeProblem } from './stored-size';
import { explainStorageError, storageFailure, type StorageFailure } from './storage-errors';
import { defaultIndexedDB, MAPS_STORE, openLibraryDatabase, type LibraryDatabase } from './storage-open';
import { decideWrite, readRecord, type MapRecord, type StoredConflict, type StoredMap, type UnreadableMap } from './storage-record';
import { createTabId } from './storage-tab-id';

export type { StoredMap, UnreadableMap } from './storage-record';
export type { StorageFailure } from './storage-errors';

export type SaveOutcome = { ok: true; revision: number; savedAt: string } | StoredConflict | StorageFailure;
export type RemoveOutcome = { ok: true } | StorageFailure;
/** `storageProblem` is set when storage could not be read at all (then both lists are empty). */
export type LoadAllResult = { maps: StoredMap[]; unreadable: UnreadableMap[]; storageProblem?: string };

/** The maps on this device. Nothing here throws: storage problems come back as plain-English outcomes. */
export interface MapRepository {
  /** This tab, as written in the rows it saves. */
  readonly tabId: string;
  loadAll(): Promise<LoadAllResult>;
  /** undefined when no map has this id. */
  load(id: string): Promise<StoredMap | UnreadableMap | StorageFailure | undefined>;
  /**
   * expectedRevision: the revision this tab last loaded or saved (0 = not stored yet). Refuses with
   * 'conflict' when the stored revision differs, unless force. The read-compare-write happens in one
   * readwrite transaction. A stored row that can't be read is never replaced, even with force.
   */
  save(map: PathwayMap, expectedRevision: number, options?: { force?: boolean }): Promise<SaveOutcome>;
  remove(id: string): Promise<RemoveOutcome>;
  /** navigator.storage.persist() when available; false otherwise. Never throws. */
  requestPersistence(): Promise<boolean>;
  close(): void;
}

export type MapRepositoryOptions = { dbName?: string; tabId?: string; indexedDB?: IDBFactory; now?: () => Date };

export const DEFAULT_DB_NAME = 'pathway-studio';

export function openMapRepository(options: MapRepositoryOptions = {}): MapRepository {
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  const tabId = options.tabId ?? createTabId();
  const now = options.now ?? (() => new Date());
  const factory = options.indexedDB ?? defaultIndexedDB();
  let connection: Promise<LibraryDatabase> | undefined;

  // Opened on first use and reopened after a failure or a forced close, since storage can come back.
  function database(): Promise<LibraryDatabase> {
    if (connection) return connection;
    const opening = openLibraryDatabase(factory, dbName, () => {
      if (connection === opening) connection = undefined;
    });
    opening.catch(() => {
      if (connection === opening) connection = undefined;
    });
    connection = opening;
    return opening;
  }

  async function transaction<Mode extends IDBTransactionMode>(mode: Mode) {
    const tx = (await database()).transaction(MAPS_STORE, mode);
    // idb's `done` rejects when the transaction aborts; observe it so an early return can't leave it unhandled.
    tx.done.catch(() => undefined);
    return tx;
  }

  return {
    tabId,

    async loadAll() {
      try {
        const tx = await transaction('readonly');
        const values = await tx.store.getAll();
        const maps: StoredMap[] = [];
        const unreadable: UnreadableMap[] = [];
        for (const value of values) {
          const read = readRecord(value);
          if ('map' in read) maps.push(read);
          else unreadable.push(read);
        }
        return { maps, unreadable };
      } catch (error) {
        return { maps: [], unreadable: [], storageProblem: explainStorageError(error) };
      }
    },

    async load(id) {
      try {
        const tx = await transaction('readonly');
        const value = await tx.store.get(id);
        return value === undefined ? undefined : readRecord(value);
      } catch (error) {
        return storageFailure(error);
      }
    },

    async save(map, expectedRevision, saveOptions = {}) {
      try {
        const json = serializeMapCompact(map); // before the transaction opens, so it can't time out on a big map
        const tooLarge = storedSizeProblem(json);
        if (tooLarge) return tooLarge;
        const tx = await transaction('readwrite');
        const decision = decideWrite(await tx.store.get(map.id), expectedRevision, saveOptions.force === true);
        if (!decision.ok) return decision;
        const record: MapRecord = { id: map.id, json, revision: decision.revision, savedAt: now().toISOString(), savedByTab: tabId };
        await Promise.all([tx.store.put(record), tx.done]);
        return { ok: true, revision: record.revision, savedAt: record.savedAt };
      } catch (error) {
        return storageFailure(error);
      }
    },

    async remove(id) {
      try {
        const tx = await transaction('readwrite');
        await Promise.all([tx.store.delete(id), tx.done]);
        return { ok: true };
      } catch (error) {
        return storageFailure(error);
      }
    },

    async requestPersistence() {
      try {
        const storage = globalThis.navigator?.storage;
        return typeof storage?.persist === 'function' ? await storage.persist() : false;
      } catch {
        return false;
      }
    },

    close() {
      const closing = connection;
      connection = undefined;
      closing?.then((db) => db.close(), () => undefined);
    },
  };
}
