import { expect } from '@playwright/test';
import { test } from './support/test';
import { parseMap } from '../../src/domain/parse';
import { serializeMap } from '../../src/domain/serialize';
import { MapViewerPage } from './pages/map-viewer-page';
import { SAMPLE_ID, SAMPLE_TEXT, SAMPLE_TITLES, sampleMap } from './support/sample-map';

test.beforeEach(async ({ page }) => {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await viewer.expectCards(SAMPLE_TITLES);
});

test('importing a valid file opens it on the canvas', async ({ page }) => {
  const viewer = new MapViewerPage(page);
  const map = sampleMap();
  map.id = 'imported-healthcare';
  map.title = 'Imported healthcare map';
  map.occupations[0]!.title = 'Certified Nursing Assistant';

  await viewer.importFile('imported.json', JSON.stringify(map));

  await expect(page).toHaveURL(/\/maps\/imported-healthcare$/);
  await expect(viewer.heading()).toHaveText('Imported healthcare map');
  await expect(page.getByRole('status').filter({ hasText: 'Imported “Imported healthcare map”' })).toBeVisible();
  await viewer.expectCards(['Certified Nursing Assistant', ...SAMPLE_TITLES.slice(1)]);

  // The sample is still in the library beside it.
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('link', { name: sampleMap().title })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Imported healthcare map' })).toBeVisible();
});

test('a broken file names the problem and leaves the open map unchanged', async ({ page }) => {
  const viewer = new MapViewerPage(page);
  const map = sampleMap();
  map.title = 'This title must never appear';
  map.occupations[0]!.wage = { min: '$35,000', unit: 'year' };

  await viewer.importFile('broken.json', JSON.stringify(map));

  const dialog = page.getByRole('dialog', { name: "Couldn't import “broken.json”. Nothing was changed." });
  await expect(dialog).toContainText('occupations[0].wage.min');
  await expect(dialog).toContainText('$35,000');

  // The error stays until the user closes it; behind it, the open map is as it was.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/maps/${SAMPLE_ID}$`));
  await expect(viewer.heading()).toHaveText(sampleMap().title);
  await viewer.expectCards(SAMPLE_TITLES);
});

test('files that are not maps get a plain answer', async ({ page }) => {
  const viewer = new MapViewerPage(page);
  await viewer.importFile('trailing-comma.json', '{"schemaVersion": 1, "title": "x",}');
  await expect(page.getByRole('dialog')).toContainText(/trailing comma/i);
  await page.getByRole('button', { name: 'Close' }).click();

  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
  await viewer.importFile('picture.png', png, 'image/png');
  await expect(page.getByRole('dialog')).toContainText(/not a JSON|image/i);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(viewer.heading()).toHaveText(sampleMap().title);
});

test('map text is shown as text, never run as HTML', async ({ page }) => {
  const viewer = new MapViewerPage(page);
  const map = sampleMap();
  map.id = 'html-in-titles';
  map.title = '<img src=x onerror="document.title=\'pwned\'"> Healthcare';
  map.occupations[0]!.title = '<b>Bold</b> Assistant';
  await viewer.importFile('html.json', JSON.stringify(map));

  await expect(viewer.heading()).toHaveText(map.title);
  await expect(viewer.occupationCard('<b>Bold</b> Assistant')).toContainText('<b>Bold</b> Assistant');
  await expect(page.locator('.app-main img, .app-main b')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
});

test('export downloads canonical JSON that imports back identically', async ({ page }) => {
  const viewer = new MapViewerPage(page);
  const parsed = parseMap(SAMPLE_TEXT);
  if (!parsed.ok) throw new Error('the sample map should parse');

  const first = await viewer.exportJson();
  const second = await viewer.exportJson();
  expect(first).toBe(serializeMap(parsed.map));
  expect(second).toBe(first);

  await viewer.importFile(`${SAMPLE_ID}.json`, first);
  await expect(viewer.heading()).toHaveText(sampleMap().title);
  await viewer.expectCards(SAMPLE_TITLES);
});
