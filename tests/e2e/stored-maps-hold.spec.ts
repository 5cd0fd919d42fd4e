import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import lz from 'lz-string';
import { test } from './support/test';
import { payloadCheck } from '../../src/io/share-checksum';
import { MapViewerPage } from './pages/map-viewer-page';
import { ViewerSharePage } from './pages/viewer-share';
import { expectStored, putStoredRow, storedIds, waitForLibraryRead } from './support/stored-records';

// No map can break the library: hostile ids, maps that indentation would take past the size limit,
// and stored records that can't be read.

const smallMap = (id: string, title: string) =>
  JSON.stringify({ schemaVersion: 1, id, title, occupations: [{ id: 'a', title: 'Welder' }, { id: 'b', title: 'Welding supervisor' }], transitions: [{ id: 'a-b', from: 'a', to: 'b' }] });

const unreadableHeading = (page: Page) => page.getByRole('heading', { name: 'Some saved maps could not be opened' });

test('a map whose id is __proto__ is imported, survives a reload, and leaves the library working', async ({ page }) => {
  const library = new MapViewerPage(page);
  await page.goto('/');
  await library.importFile('proto.json', smallMap('__proto__', 'Prototype map'));
  await expect(page).toHaveURL(/\/maps\/__proto__$/);
  await expectStored(page, '__proto__');

  await page.goto('/');
  await page.getByRole('link', { name: 'Prototype map' }).click();
  await expect(library.heading()).toHaveText('Prototype map');
  await library.expectCards(['Welder', 'Welding supervisor']);

  await page.goto('/');
  await page.getByRole('button', { name: 'New map' }).click();
  await expect(page).toHaveURL(/\/maps\/untitled-map\/edit$/);
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { name: 'Map library' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Prototype map' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Untitled map' })).toBeVisible();
});

test('a map nested deep in an unknown field reads back after a reload (indented, it would pass 20 MB)', async ({ page }) => {
  const library = new MapViewerPage(page);
  // 820,000 numbers 12 lists deep: 1.6 MB as written, over 21 MB if stored indented.
  const nested = `${'['.repeat(11)}[${Array.from({ length: 820_000 }, () => 1).join(',')}]${']'.repeat(11)}`;
  const text = smallMap('deep', 'Deeply nested map').replace(/}$/, `,"nested":${nested}}`);
  await page.goto('/');
  await library.importFile('deep.json', text);
  await expect(page).toHaveURL(/\/maps\/deep$/);
  await expectStored(page, 'deep');

  await page.reload();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Deeply nested map' })).toBeVisible();
  await expect(unreadableHeading(page)).toHaveCount(0);
  await page.getByRole('link', { name: 'Deeply nested map' }).click();
  await library.expectCards(['Welder', 'Welding supervisor']);
});

test('the saved data of a record that cannot be read downloads as a file the app opens', async ({ page }) => {
  const library = new MapViewerPage(page);
  await page.goto('/');
  // As an earlier version stored it: indented (over 21 MB), here with a damaged save counter too.
  await page.evaluate(() => {
    const nested: unknown[] = [Array.from({ length: 820_000 }, () => 1)];
    let value: unknown = nested;
    for (let level = 0; level < 11; level++) value = [value];
    (window as unknown as { legacyJson: string }).legacyJson = JSON.stringify(
      { schemaVersion: 1, id: 'legacy', title: 'Legacy map', occupations: [{ id: 'a', title: 'Welder' }], nested: value },
      null,
      2,
    );
  });
  await putStoredRow(page, { id: 'legacy', revision: 'one', savedAt: '2025-01-01T00:00:00.000Z', savedByTab: 'old' }, 'legacyJson');
  await page.reload();
  await waitForLibraryRead(page);
  await expect(unreadableHeading(page)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the saved data of “legacy”' }).click();
  const saved = await readFile(await (await download).path());
  await library.importFile('legacy-saved.json', saved);
  await expect(library.heading()).toHaveText('Legacy map');
  await library.expectCards(['Welder']);
});

test('an import whose id matches an unreadable record gets a fresh id and is saved; the record can be removed', async ({ page }) => {
  const library = new MapViewerPage(page);
  await page.goto('/');
  await putStoredRow(page, { id: 'clash', json: '{"title": ', revision: 1, savedAt: '2025-01-01T00:00:00.000Z', savedByTab: 'old' });
  await page.reload();
  await waitForLibraryRead(page);
  await expect(unreadableHeading(page)).toBeVisible();

  await library.importFile('clash.json', smallMap('clash', 'Clashing map'));
  await expect(page).toHaveURL(/\/maps\/clash-2$/);
  await expectStored(page, 'clash-2');
  await expect(page.getByText(/another tab/)).toHaveCount(0);

  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Clashing map' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove “clash”' }).click();
  await page.getByRole('group', { name: 'Remove “clash” for good?' }).getByRole('button', { name: 'Remove for good' }).click();
  await expect(unreadableHeading(page)).toHaveCount(0);
  expect(await storedIds(page)).not.toContain('clash');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Clashing map' })).toBeVisible();
  await expect(unreadableHeading(page)).toHaveCount(0);
});

test('a share link shows its map first and adds it only when asked; a __proto__ map survives the round trip', async ({ page }) => {
  // lz-string is CommonJS: Playwright's loader sees only its default export.
  const payload = lz.compressToEncodedURIComponent(smallMap('__proto__', 'Prototype map'));
  const link = `/shared#map=${payload}&check=${payloadCheck(payload)}`;
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Shared map: Prototype map' })).toBeVisible();
  await expect(page.getByText(/^2 occupations, 1 move, \d+ bytes\./)).toBeVisible();
  await page.getByRole('link', { name: 'Not now' }).click();
  await expect(page.getByRole('heading', { name: 'Map library' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Prototype map' })).toHaveCount(0);

  await page.goto(link);
  await new ViewerSharePage(page).addSharedMap();
  await expect(page).toHaveURL(/\/maps\/__proto__$/);
  await expectStored(page, '__proto__');
  await page.reload();
  await expect(new MapViewerPage(page).heading()).toHaveText('Prototype map');
});

test('an 8 KB link that would unpack to megabytes is refused, saying the share-link budget', async ({ page }) => {
  // An unknown field nested 12 deep: under 8 KB compressed, 2.4 MB unpacked.
  const text = smallMap('nested', 'Nested').replace(/}$/, `,"x":${'['.repeat(12)}${'1,'.repeat(1_200_000)}1${']'.repeat(12)}}`);
  const payload = lz.compressToEncodedURIComponent(text);
  expect(payload.length).toBeLessThan(8 * 1024);
  await page.goto(`/shared#map=${payload}&check=${payloadCheck(payload)}`);
  await expect(page.getByRole('heading', { name: "This share link can't be opened" })).toBeVisible();
  await expect(page.getByText(/would unpack to more than 1 MB, the most a share link's map can be/)).toBeVisible();
});
