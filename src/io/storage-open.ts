import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { BLOCKED_MESSAGE, StorageProblem, UNAVAILABLE_MESSAGE } from './storage-errors';

export const MAPS_STORE = 'maps';
const DB_VERSION = 1;

export interface LibrarySchema extends DBSchema {
  // Values are typed unknown: what comes back out of storage is untrusted.
  maps: { key: string; value: unknown };
}
export type LibraryDatabase = IDBPDatabase<LibrarySchema>;

/** The page's IndexedDB, or undefined where it is missing (some private modes) or refused on access. */
export function defaultIndexedDB(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens (and on first use creates) the library database. Rejects with an error that
 * explainStorageError turns into plain English. `onGone` runs when the connection closes under us.
 */
export function openLibraryDatabase(factory: IDBFactory | undefined, name: string, onGone: () => void): Promise<LibraryDatabase> {
  return new Promise((resolve, reject) => {
    if (!factory) throw new StorageProblem(UNAVAILABLE_MESSAGE);
    let settled = false;
    const settle = (action: () => void) => {
      if (!settled) action();
      settled = true;
    };
    const request = factory.open(name, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(MAPS_STORE)) db.createObjectStore(MAPS_STORE, { keyPath: 'id' });
    };
    // An older tab holds the database open; we give up now rather than hang, and close it if it opens later.
    request.onblocked = () => settle(() => reject(new StorageProblem(BLOCKED_MESSAGE)));
    request.onerror = () => settle(() => reject(request.error));
    request.onsuccess = () => {
      const db = request.result;
      if (settled) return db.close();
      // Let a newer version of the app in another tab upgrade the database: close, and reopen on next use.
      db.onversionchange = () => {
        db.close();
        onGone();
      };
      db.onclose = onGone;
      settle(() => resolve(wrap(db) as unknown as LibraryDatabase));
    };
  });
}
