import { expect, type Page } from '@playwright/test';
import { test } from './support/test';
import { waitForMapAtRest } from './support/map-at-rest';
import { MapEditorPage } from './pages/map-editor-page';

// Each fault is made in the browser itself: an init script breaks IndexedDB before the app starts,
// or the page's own IndexedDB is changed under the running app.

const banner = (page: Page) => page.getByRole('alert').filter({ hasText: /^Not saved: / });

async function openViewerOfNewMap(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: 'Untitled map', exact: true }).click();
  await expect(page).toHaveURL(/\/maps\/untitled-map$/);
}

test('storage full: a lasting message says so in the editor and in the viewer, with a backup to download', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Welder');
  await expect(banner(page)).toContainText("The browser's storage for this site is full");
  await expect(banner(page).getByRole('button', { name: 'Download a backup' })).toBeVisible();

  await openViewerOfNewMap(page);
  await expect(banner(page)).toContainText("The browser's storage for this site is full");
  const downloading = page.waitForEvent('download');
  await banner(page).getByRole('button', { name: 'Download a backup' }).click();
  expect((await downloading).suggestedFilename()).toBe('untitled-map-backup.json');
  // The map stays in memory as it was.
  await expect(page.getByRole('heading', { level: 1, name: 'Untitled map' })).toBeVisible();
});

test('no IndexedDB at all: the viewer says the map is not stored on this device, and why', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
  });
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await expect(banner(page)).toContainText("This browser doesn't let Pathway Studio store maps on this device");
  await openViewerOfNewMap(page);
  await expect(banner(page)).toContainText("This browser doesn't let Pathway Studio store maps on this device");
  await expect(banner(page).getByRole('button', { name: 'Download a backup' })).toBeVisible();
});

test('the database deleted while the app runs is named as such (not another tab), and the map is stored again', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Welder');
  // Nothing left to store (a new card's placement is a change of its own) before the database goes.
  await waitForMapAtRest(editor.canvas);
  await editor.expectSaved();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('pathway-studio');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('could not delete the database'));
      }),
  );
  // One change that makes one save: its failure is what the banner reports. (A second change would
  // store the map afresh, and the banner could be gone before it was read: adding a card is two,
  // the card and then its placement.)
  await editor.inspector.getByRole('textbox', { name: 'Title', exact: true }).fill('Welder I');
  await expect(banner(page)).toContainText("the browser's data for this site was cleared");
  await expect(page.getByRole('alert').filter({ hasText: 'another tab' })).toHaveCount(0);

  // Storage works again (a fresh database): the retry stores the map, and the message goes.
  await expect(editor.saveStatus).toHaveText('Saved', { timeout: 30_000 });
  await expect(banner(page)).toHaveCount(0);
  await page.reload();
  await expect(editor.card('Welder I')).toBeVisible();
});

test('a damaged stored copy is named as such (not another tab), and kept as it is', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.expectSaved();
  const damaged = { id: 'untitled-map', json: 42, revision: 1, savedAt: 'x' };
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('pathway-studio');
        opening.onerror = () => reject(new Error('could not open the database'));
        opening.onsuccess = () => {
          const tx = opening.result.transaction('maps', 'readwrite');
          tx.objectStore('maps').put(record);
          tx.oncomplete = () => {
            opening.result.close();
            resolve();
          };
        };
      }),
    damaged,
  );
  await editor.addOccupation('Welder');
  await expect(banner(page)).toContainText('The copy of this map stored on this device is damaged');
  await expect(page.getByRole('alert').filter({ hasText: 'another tab' })).toHaveCount(0);
  await expect(banner(page).getByRole('button', { name: 'Download a backup' })).toBeVisible();
});
