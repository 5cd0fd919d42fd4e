import { expect, type Page } from '@playwright/test';
import { test } from './support/test';
import { waitForMapAtRest } from './support/map-at-rest';
import { createRequire } from 'node:module';
import type * as LzString from 'lz-string';
import { parseMap } from '../../src/domain/parse';
import { payloadCheck } from '../../src/io/share-checksum';
import { collectPageErrors } from './support/console-errors';
import { MapViewerPage } from './pages/map-viewer-page';
import { ViewerSharePage } from './pages/viewer-share';
import { SAMPLE_ID, SAMPLE_TITLES, sampleMap } from './support/sample-map';

// lz-string is CommonJS without named exports that Node's ESM loader can see.
const { compressToEncodedURIComponent } = createRequire(import.meta.url)('lz-string') as typeof LzString;

const TRADES = {
  schemaVersion: 1,
  id: 'building-trades',
  title: 'Building trades to share',
  region: 'Hampden County',
  sector: 'Construction',
  occupations: [
    { id: 'helper', title: 'Construction Helper', level: 'entry', wage: { min: 36_000, max: 44_000, unit: 'year' } },
    { id: 'apprentice', title: 'Electrician Apprentice', level: 'middle', apprenticeship: { registered: true } },
    { id: 'electrician', title: 'Journeyworker Electrician', level: 'advanced' },
  ],
  transitions: [
    { id: 'helper-apprentice', from: 'helper', to: 'apprentice', kind: 'advancement', requirements: ['Apprenticeship place'] },
    { id: 'apprentice-electrician', from: 'apprentice', to: 'electrician', kind: 'advancement', months: 48 },
  ],
};
const TRADES_TITLES = TRADES.occupations.map((occupation) => occupation.title);

/** Imports a map file from the sample's viewer and waits until it is open (and these cards drawn). */
async function importMap(page: Page, map: { title: string }, titles: readonly string[]): Promise<MapViewerPage> {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await expect(viewer.heading()).toHaveText(sampleMap().title);
  await viewer.importFile('map.json', JSON.stringify(map));
  await expect(viewer.heading()).toHaveText(map.title);
  await viewer.expectCards(titles);
  return viewer;
}

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

test('the bundled sample fits in a link, and opening it where the sample is opens the sample', async ({ page, browser }) => {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await viewer.expectCards(SAMPLE_TITLES);
  const share = new ViewerSharePage(page);
  const link = await share.readLink();
  expect(await share.seriousViolations()).toEqual([]);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    await new ViewerSharePage(other).addSharedMap();
    await expect(other).toHaveURL(new RegExp(`/maps/${SAMPLE_ID}$`));
    await expect(new MapViewerPage(other).heading()).toHaveText(sampleMap().title);
    await new MapViewerPage(other).expectCards(SAMPLE_TITLES);
    await other.getByRole('link', { name: 'Library' }).click();
    expect((await new ViewerSharePage(other).libraryTitles()).filter((title) => title === sampleMap().title)).toHaveLength(1);
  } finally {
    await fresh.close();
  }
});

test('a map too large for a link says so and offers the file', async ({ page }) => {
  const occupations = Array.from({ length: 200 }, (_, index) => ({
    id: `role-${index}`,
    title: `Role ${index} ${(index * 7919).toString(36)}`,
    description: `Tasks ${(index * 104729).toString(36)} ${(index * 31337).toString(36)} ${(index * 65537).toString(16)} ${(index * 9973).toString(36)}`,
  }));
  const big = { schemaVersion: 1, id: 'big-map', title: 'A very large map', occupations, transitions: [] };
  await importMap(page, big, []);

  const dialog = await new ViewerSharePage(page).openShareDialog();
  await expect(dialog).toContainText(
    /This map is too large for a link \([\d.,]+ KB compressed, the limit is 8 KB\)\. Send the file instead\./,
  );
  await expect(dialog.getByRole('textbox', { name: 'Link to this map' })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('a-very-large-map.json');
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const parsed = parseMap(Buffer.concat(chunks).toString('utf8'));
  expect(parsed.ok && parsed.map.occupations.length).toBe(200);
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
  expect(await share.seriousViolations()).toEqual([]);

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

test('printing shows the map with its title and date, without the app around it', async ({ page }) => {
  const viewer = new MapViewerPage(page);
  await importMap(page, TRADES, TRADES_TITLES);
  const share = new ViewerSharePage(page);
  await expect(share.toolbar.getByRole('button', { name: 'Print map' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(viewer.heading()).toHaveText('Building trades to share');
  await expect(page.getByText('Hampden County · Construction', { exact: false })).toBeVisible();
  await expect(page.getByText(/^Printed [A-Z][a-z]+ \d{1,2}, \d{4}$/)).toBeVisible();
  await expect(viewer.canvas).toBeVisible();
  for (const title of TRADES_TITLES) await expect(viewer.occupationCard(title)).toBeVisible();
  await expect(share.toolbar.getByRole('button')).toHaveCount(0);
  await expect(share.panel).toBeHidden();
  await expect(page.getByRole('link', { name: 'Library' })).toBeHidden();
  await expect(page.getByRole('button', { name: /zoom in/i })).toBeHidden();

  // The route handout prints instead of the map.
  await page.evaluate(() => (document.documentElement.dataset.print = 'route'));
  await expect(viewer.canvas).toBeHidden();
  await page.evaluate(() => delete document.documentElement.dataset.print);
  await expect(viewer.canvas).toBeVisible();

  await page.emulateMedia({ media: 'screen' });
  await expect(share.toolbar.getByRole('button', { name: 'Share link' })).toBeVisible();
  await expect(page.getByText(/^Printed /)).toBeHidden();
});

test('"Print map" prints the map, fitted whole onto the page', async ({ page }) => {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await viewer.expectCards(SAMPLE_TITLES);
  // Laid out (the print fits the cards where they are when it starts), then zoomed in on screen:
  // only part of the map is in view, but the print shows all of it.
  await waitForMapAtRest(viewer.canvas);
  await page.getByRole('button', { name: /zoom in/i }).click();
  await page.getByRole('button', { name: /zoom in/i }).click();
  const share = new ViewerSharePage(page);
  await share.stubPrintDialog();

  await share.toolbar.getByRole('button', { name: 'Print map' }).click();
  expect(await share.printedKinds()).toEqual(['map']);
  await page.emulateMedia({ media: 'print' });
  const canvas = await viewer.canvas.boundingBox();
  if (!canvas) throw new Error('the canvas is not printed');
  for (const title of SAMPLE_TITLES) {
    const card = await viewer.occupationCard(title).boundingBox();
    if (!card) throw new Error(`${title} is not printed`);
    expect(card.x).toBeGreaterThanOrEqual(canvas.x);
    expect(card.y).toBeGreaterThanOrEqual(canvas.y);
    expect(card.x + card.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(card.y + card.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  }

  await share.finishPrinting();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('html')).not.toHaveAttribute('data-print');
});

test.describe('on a phone (390 × 844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the panel is a bottom sheet, and a card can be tapped', async ({ page }) => {
    // The heading, toolbar and finders come first; the canvas is scrolled to, as a user would.
    await importMap(page, TRADES, []);
    const share = new ViewerSharePage(page);
    const viewer = new MapViewerPage(page);

    const closed = await share.panel.boundingBox();
    expect(closed).not.toBeNull();
    expect(closed!.x).toBe(0);
    expect(closed!.width).toBe(390);
    expect(Math.round(closed!.y + closed!.height)).toBe(844);
    await expect(share.sheetHandle).toHaveAttribute('aria-expanded', 'false');
    await expect(share.panel.getByRole('tab', { name: 'Details' })).toBeHidden();

    await share.sheetHandle.tap();
    await expect(share.sheetHandle).toHaveAttribute('aria-expanded', 'true');
    await expect(share.panel.getByRole('tab', { name: 'Details' })).toBeVisible();
    const open = await share.panel.boundingBox();
    expect(open!.height).toBeLessThanOrEqual(844 * 0.6 + 1);
    expect(Math.round(open!.y + open!.height)).toBe(844);
    await share.sheetHandle.tap();
    await expect(share.sheetHandle).toHaveAttribute('aria-expanded', 'false');

    // Touch targets: every toolbar control is at least 44 px tall and wide.
    for (const control of await share.toolbar.getByRole('button').all()) {
      const box = await control.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.width).toBeGreaterThanOrEqual(44);
    }

    // Scrolled to the end, the canvas gets most of the screen, and the closed sheet does not cover it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const canvas = await viewer.canvas.boundingBox();
    expect(canvas!.height).toBeGreaterThan(844 * 0.5);
    expect(canvas!.y + canvas!.height).toBeLessThanOrEqual(closed!.y + 1);

    // A tap reaches the card (nothing covers it) and opens the sheet on its details.
    const card = viewer.occupationCard('Electrician Apprentice');
    await expect(card).toBeInViewport();
    await card.tap();
    await expect(share.sheetHandle).toHaveAttribute('aria-expanded', 'true');
    await expect(share.panel.getByRole('heading', { name: 'Electrician Apprentice' })).toBeVisible();
    expect(await share.seriousViolations()).toEqual([]);
  });
});
