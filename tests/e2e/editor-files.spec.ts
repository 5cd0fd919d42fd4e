import { expect } from '@playwright/test';
import { test } from './support/test';
import { parseMap } from '../../src/domain/parse';
import { serializeMap } from '../../src/domain/serialize';
import { MapEditorPage } from './pages/map-editor-page';
import { MapViewerPage } from './pages/map-viewer-page';

test('in the editor, a broken import lists every error and leaves the map unchanged', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Welder');

  const broken = { schemaVersion: 1, title: 'Broken', occupations: [{ id: 'a', title: 'A', socCode: '12345' }, { id: 'a', title: 'B' }] };
  await new MapViewerPage(page).importFile('broken.json', JSON.stringify(broken));
  const dialog = page.getByRole('dialog', { name: /^Couldn't import “broken.json”/ });
  await expect(dialog).toContainText('occupations[0].socCode');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(page).toHaveURL(/\/edit$/);
  await expect(editor.cards()).toHaveCount(1);
  await expect(editor.card('Welder')).toBeVisible();
});

test('export gives byte-identical canonical JSON that parses back to the same map', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Help Desk Technician');
  await editor.addOccupation('Network Support Specialist');
  await editor.connect('Help Desk Technician', 'Network Support Specialist');
  await expect(editor.moves()).toHaveCount(1);

  const viewer = new MapViewerPage(page);
  const first = await viewer.exportJson();
  const second = await viewer.exportJson();
  expect(second).toBe(first);
  const parsed = parseMap(first);
  expect(parsed.ok).toBe(true);
  if (parsed.ok) {
    expect(serializeMap(parsed.map)).toBe(first);
    expect(parsed.map.occupations.map((o) => o.title)).toEqual(['Help Desk Technician', 'Network Support Specialist']);
    expect(parsed.map.transitions).toHaveLength(1);
  }
});

test('two tabs on one map: the other tab is told, and nothing is silently overwritten', async ({ page, context }) => {
  // Two tabs, each loading the app: more than the default time on a busy machine.
  test.setTimeout(90_000);
  // Both tabs run on Playwright's clock, so "at once" below means before either tab's autosave fires.
  await page.clock.install();
  const first = new MapEditorPage(page);
  await first.createMap();
  await first.addOccupation('Machinist');
  await first.expectSaved();

  const otherPage = await context.newPage();
  await otherPage.clock.install();
  const second = new MapEditorPage(otherPage);
  await otherPage.goto(page.url());
  await expect(second.card('Machinist')).toBeVisible();

  // A change in the first tab reaches the second, with a visible message.
  await first.select('Machinist');
  await first.inspector.getByRole('textbox', { name: 'Title', exact: true }).fill('CNC Machinist');
  await first.expectSaved();
  await expect(otherPage.getByRole('status').filter({ hasText: 'was changed in another tab' })).toBeVisible();
  await expect(second.card('CNC Machinist')).toBeVisible();

  // Both tabs edit at once: one of them is refused and asks which title to keep, and neither edit is lost.
  await second.select('CNC Machinist');
  const pausedAt = new Date(Date.now() + 60_000);
  await Promise.all([page.clock.pauseAt(pausedAt), otherPage.clock.pauseAt(pausedAt)]);
  await first.inspector.getByRole('textbox', { name: 'Title', exact: true }).fill('Machinist A');
  await second.inspector.getByRole('textbox', { name: 'Title', exact: true }).fill('Machinist B');
  await Promise.all([page.clock.resume(), otherPage.clock.resume()]);
  const question = (p: typeof page) => p.getByRole('form', { name: /^Another tab changed the same field/ });
  // Stored in one tab, refused in the other, merged there: through IndexedDB and a broadcast, seconds on a busy machine.
  await expect.poll(async () => (await question(page).count()) + (await question(otherPage).count()), { timeout: 20_000 }).toBe(1);
  const [refusedPage, refusedTitle] = (await question(page).count()) === 1 ? [page, 'Machinist A'] : [otherPage, 'Machinist B'];
  await expect(new MapEditorPage(refusedPage).card(refusedTitle)).toBeVisible();

  await question(refusedPage).getByRole('radio', { name: `Yours: ${refusedTitle}` }).check();
  await question(refusedPage).getByRole('button', { name: 'Keep the chosen values' }).click();
  await expect(question(refusedPage)).toHaveCount(0);
  await new MapEditorPage(refusedPage).expectSaved();
  await refusedPage.reload();
  await expect(new MapEditorPage(refusedPage).card(refusedTitle)).toBeVisible();
});

test('reloading before an edit is stored asks first, and the edit is stored either way', async ({ page }) => {
  // Time stands still after the edit, so the autosave has not run when the reload is asked for.
  await page.clock.install();
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Welder');
  await editor.expectSaved();
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  await editor.select('Welder');
  await editor.inspector.getByRole('textbox', { name: 'Title', exact: true }).fill('Pipe Welder');

  const asked = page.waitForEvent('dialog');
  const reloading = page.reload();
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.accept();
  await reloading;
  await expect(editor.card('Pipe Welder')).toBeVisible();
});

test('an edit whose storage write the reload cuts off is back after the reload, and stored', async ({ page }) => {
  // Writes are cut off while sessionStorage says so, as when a page unloads before IndexedDB commits;
  // each new page lifts it before the app starts.
  await page.addInitScript(() => {
    sessionStorage.removeItem('cut-off-writes');
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (sessionStorage.getItem('cut-off-writes') !== 'yes') return put.apply(this, args);
      return Object.create(IDBRequest.prototype) as IDBRequest<IDBValidKey>; // never answers
    };
  });
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Welder');
  await editor.expectSaved();
  await page.evaluate(() => sessionStorage.setItem('cut-off-writes', 'yes'));
  await editor.select('Welder');
  await editor.inspector.getByRole('textbox', { name: 'Title', exact: true }).fill('Pipe Welder');

  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(editor.card('Pipe Welder')).toBeVisible();
  await editor.expectSaved();
  page.removeAllListeners('dialog');
  await page.reload();
  await expect(editor.card('Pipe Welder')).toBeVisible();
});
