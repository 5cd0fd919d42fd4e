import { expect, type Page } from '@playwright/test';

// This device's stored maps, read and written as another program (or an earlier version) would:
// the app's IndexedDB database "pathway-studio", object store "maps", keyed by id.

type Row = { id: string; json: string; revision: unknown; savedAt: string; savedByTab: string };

/**
 * Writes a row as it is, readable or not. `jsonFromPage` names a page global holding the row's text,
 * for texts too large to send to the page.
 */
export async function putStoredRow(page: Page, row: Partial<Row> & { id: string }, jsonFromPage?: string): Promise<void> {
  await page.evaluate(
    ([given, key]) =>
      new Promise<void>((resolve, reject) => {
        const value = key === undefined ? given : { ...given, json: (window as unknown as Record<string, string>)[key] };
        const open = indexedDB.open('pathway-studio', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('maps', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('maps', 'readwrite');
          tx.objectStore('maps').put(value);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => (db.close(), reject(tx.error));
        };
      }),
    [row, jsonFromPage] as const,
  );
}

export async function storedIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('pathway-studio', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('maps', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const keys = db.transaction('maps', 'readonly').objectStore('maps').getAllKeys();
          keys.onsuccess = () => (db.close(), resolve(keys.result.map(String)));
          keys.onerror = () => (db.close(), reject(keys.error));
        };
      }),
  );
}

/** Waits until a map with this id is stored (autosave stores a new map at once). */
export async function expectStored(page: Page, id: string): Promise<void> {
  await expect.poll(() => storedIds(page)).toContain(id);
}

/**
 * Waits until the library has read every map stored on this device (its list stops being busy). A
 * record of megabytes takes seconds to read on a busy machine, hence the longer wait.
 */
export async function waitForLibraryRead(page: Page): Promise<void> {
  await expect(page.getByRole('list', { name: 'Maps' })).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
}
