import { expect } from '@playwright/test';
import { test } from './support/test';
import { seriousViolations } from './support/axe';
import { createRequire } from 'node:module';
import type * as LzString from 'lz-string';
import { parseMap } from '../../src/domain/parse';
import { payloadCheck } from '../../src/io/share-checksum';
import { collectPageErrors } from './support/console-errors';
import { MapViewerPage } from './pages/map-viewer-page';
import { ViewerSharePage } from './pages/viewer-share';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TRADES, TRADES_TITLES, importMap } from './support/viewer-maps';

// lz-string is CommonJS without named exports that Node's ESM loader can see.
const { compressToEncodedURIComponent } = createRequire(import.meta.url)('lz-string') as typeof LzString;

const IT_SAMPLE_ID = 'information-technology-massachusetts';
const IT_SAMPLE = (() => {
  const map = JSON.parse(readFileSync(resolve(`fixtures/${IT_SAMPLE_ID}.json`), 'utf8')) as { title: string; occupations: { title: string }[] };
  return { title: map.title, titles: map.occupations.map((occupation) => occupation.title) };
})();

// Share links: a map sent as a link opens elsewhere, asks first, and never overwrites a map.
test('a share link opens the same map in a fresh browser, and joins its library once', async ({ page, browser, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await importMap(page, TRADES, TRADES_TITLES);
  const share = new ViewerSharePage(page);
  const link = await share.readLink();
  expect(link).toMatch(new RegExp(`^${baseURL}/shared#map=[A-Za-z0-9+$-]+&check=[0-9a-f]{8}$`));
  expect(await share.copyLink()).toBe(link);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    const errors = collectPageErrors(other);
    await other.goto(link);
    await new ViewerSharePage(other).addSharedMap();
    await expect(other).toHaveURL(/\/maps\/building-trades$/);
    const viewer = new MapViewerPage(other);
    await expect(viewer.heading()).toHaveText('Building trades to share');
    await expect(other.getByText('Hampden County · Construction', { exact: false })).toBeVisible();
    await viewer.expectCards(TRADES_TITLES);
    await expect(viewer.moves()).toHaveCount(2);
    await expect(other.getByRole('status').filter({ hasText: 'Imported “Building trades to share”' })).toBeVisible();

    // The link was replaced by the map's address: Back does not import it a second time.
    await other.goBack();
    await other.goto(link);
    await new ViewerSharePage(other).addSharedMap();
    await expect(other).toHaveURL(/\/maps\/building-trades$/);
    await other.getByRole('link', { name: 'Library' }).click();
    const titles = await new ViewerSharePage(other).libraryTitles();
    expect(titles.filter((title) => title === 'Building trades to share')).toHaveLength(1);
    // It was saved on that device: still there after a reload.
    await other.reload();
    expect(await new ViewerSharePage(other).libraryTitles()).toContain('Building trades to share');
    expect(errors).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test('a shared map that differs from one with its id is kept beside it, never over it', async ({ page, browser }) => {
  await importMap(page, TRADES, TRADES_TITLES);
  const link = await new ViewerSharePage(page).readLink();

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    const changed = { ...TRADES, title: 'Building trades, my own version' };
    await importMap(other, changed, TRADES_TITLES);
    await other.goto(link);
    await new ViewerSharePage(other).addSharedMap();
    await expect(other).toHaveURL(/\/maps\/building-trades-2$/);
    await expect(new MapViewerPage(other).heading()).toHaveText('Building trades to share');
    await expect(other.getByRole('status').filter({ hasText: 'added beside it with the id "building-trades-2"' })).toBeVisible();
    await other.getByRole('link', { name: 'Library' }).click();
    const titles = await new ViewerSharePage(other).libraryTitles();
    expect(titles).toContain('Building trades, my own version');
    expect(titles).toContain('Building trades to share');
  } finally {
    await fresh.close();
  }
});

test('a bundled sample fits in a link, and opening it where the sample is opens the sample', async ({ page, browser }) => {
  const viewer = new MapViewerPage(page);
  await viewer.goto(IT_SAMPLE_ID);
  await viewer.expectCards(IT_SAMPLE.titles);
  const share = new ViewerSharePage(page);
  const link = await share.readLink();
  expect(await seriousViolations(page)).toEqual([]);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    await new ViewerSharePage(other).addSharedMap();
    await expect(other).toHaveURL(new RegExp(`/maps/${IT_SAMPLE_ID}$`));
    await expect(new MapViewerPage(other).heading()).toHaveText(IT_SAMPLE.title);
    await new MapViewerPage(other).expectCards(IT_SAMPLE.titles);
    await other.getByRole('link', { name: 'Library' }).click();
    expect((await new ViewerSharePage(other).libraryTitles()).filter((title) => title === IT_SAMPLE.title)).toHaveLength(1);
  } finally {
    await fresh.close();
  }
});

// Past the 16 KB of compressed map a link carries.
const BIG_MAP_CARDS = 400;

test('a map too large for a link says so and offers the file', async ({ page }) => {
  const occupations = Array.from({ length: BIG_MAP_CARDS }, (_, index) => ({
    id: `role-${index}`,
    title: `Role ${index} ${(index * 7919).toString(36)}`,
    description: `Tasks ${(index * 104729).toString(36)} ${(index * 31337).toString(36)} ${(index * 65537).toString(16)} ${(index * 9973).toString(36)}`,
  }));
  const big = { schemaVersion: 1, id: 'big-map', title: 'A very large map', occupations, transitions: [] };
  await importMap(page, big, []);

  const dialog = await new ViewerSharePage(page).openShareDialog();
  await expect(dialog).toContainText(
    /This map is too large for a link \([\d.,]+ KB compressed, the limit is 16 KB\)\. Send the file instead\./,
  );
  await expect(dialog.getByRole('textbox', { name: 'Link to this map' })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('a-very-large-map.json');
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const parsed = parseMap(Buffer.concat(chunks).toString('utf8'));
  expect(parsed.ok && parsed.map.occupations.length).toBe(BIG_MAP_CARDS);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('a broken link names the problem and leaves the library unchanged', async ({ page }) => {
  await importMap(page, TRADES, TRADES_TITLES);
  await page.getByRole('link', { name: 'Library' }).click();
  const share = new ViewerSharePage(page);
  const before = await share.libraryTitles();

  await page.goto('/shared#map=N4IgLgng-this-is-not-a-map&check=0badc0de');
  await expect(page.getByRole('heading', { name: "This share link can't be opened" })).toBeVisible();
  await expect(page.getByText(/The link is damaged or incomplete/)).toBeVisible();
  await expect(page.getByText('Nothing was added to your library.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Valid JSON, but not a valid map: the located error of any import.
  const data = { ...TRADES, occupations: [{ ...TRADES.occupations[0], wage: { min: '$35,000', unit: 'year' } }] };
  const payload = compressToEncodedURIComponent(JSON.stringify(data));
  await page.goto(`/shared#map=${payload}&check=${payloadCheck(payload)}`);
  await expect(page.getByRole('listitem').filter({ hasText: 'occupations[0].wage.min: must be a number of dollars' })).toBeVisible();

  await page.getByRole('link', { name: 'Go to the map library' }).click();
  expect(await share.libraryTitles()).toEqual(before);
  await page.reload();
  expect(await share.libraryTitles()).toEqual(before);
});
