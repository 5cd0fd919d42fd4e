import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Download, type Page } from '@playwright/test';
import { test } from './support/test';
import { seriousViolations } from './support/axe';
import { MapEditorPage } from './pages/map-editor-page';
import { MapViewerPage } from './pages/map-viewer-page';
import { ViewerPanels } from './pages/viewer-panels';

const PATHWAY = 'fixtures/ctdl/nursing-pathway.jsonld';
const MODEL = 'fixtures/ctdl/nursing-progression-model.jsonld';
const TITLE = 'Nursing careers in the Pioneer Valley';
const RN = 'Registered Nurse';

const file = (path: string) => ({ name: path.split('/').pop()!, mimeType: 'application/ld+json', buffer: readFileSync(resolve(path)) });

async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import map…' }).click();
  await (await chooser).setFiles(files);
}

async function text(download: Promise<Download>): Promise<string> {
  const stream = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

test('a CTDL pathway and its progression model import as a map: its credential chain on the canvas, "any N of" read out, and a report to download', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/');
  await importFiles(page, [file(PATHWAY), file(MODEL)]);

  const report = page.getByRole('status').filter({ hasText: `Imported “${TITLE}”` });
  await expect(report).toContainText('from a CTDL pathway');
  await expect(report.getByRole('list', { name: 'Recognised' })).toContainText(/levels?/);
  const download = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Download import report' }).click();
  expect((await download).suggestedFilename()).toBe('nursing-pathway.import-report.md');
  expect(await seriousViolations(page, '.import-report')).toEqual([]);

  const viewer = new MapViewerPage(page);
  await expect(viewer.heading()).toHaveText(TITLE);
  for (const title of ['Nursing Assistant', 'Licensed Practical Nurse', RN]) await expect(viewer.card(title)).toBeVisible();
  await expect(viewer.card('Credential: NCLEX-RN (license)')).toBeVisible();
  // The destination is the route finder's goal; the RN's condition is read out as "any 1 of".
  await viewer.card(RN).click();
  const panels = new ViewerPanels(page, TITLE);
  await expect(panels.sidePanel).toContainText(/any 1 of: Associate degree in nursing \(ADN\), Bachelor of science in nursing \(BSN\)/);
});

test('a CTDL pathway edited here, exported as CTDL and imported again is the same map', async ({ page, browser }) => {
  await page.goto('/');
  await importFiles(page, [file(PATHWAY), file(MODEL)]);
  const viewer = new MapViewerPage(page);
  await expect(viewer.heading()).toHaveText(TITLE);

  // Edit: the RN card gets a summary of its own (CTDL's description).
  await page.getByRole('link', { name: 'Edit map' }).click();
  const editor = new MapEditorPage(page);
  await editor.select(RN);
  await editor.inspector.getByRole('textbox', { name: 'Summary', exact: true }).fill('Plans and gives patient care.');
  await editor.expectSaved();

  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CTDL' }).click();
  const ctdl = await text(exported);
  expect((await exported).suggestedFilename()).toBe('nursing-careers-in-the-pioneer-valley.ctdl.jsonld');
  expect(JSON.parse(ctdl)).toMatchObject({ '@context': 'https://credreg.net/ctdl/schema/context/json' });
  expect(ctdl).toContain('Plans and gives patient care.');
  const before = await text(waitAndClick(page, 'Export JSON'));

  // Imported again on another device (a fresh browser): only the file carries the map.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(new URL('/', page.url()).href);
  await importFiles(other, [{ name: 'exported.ctdl.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(ctdl) }]);
  await expect(other.getByRole('status').filter({ hasText: `Imported “${TITLE}”` })).toBeVisible();
  const after = await text(waitAndClick(other, 'Export JSON'));
  expect(withoutStamps(after)).toEqual(withoutStamps(before));

  // And in this browser it updates the same map, as one step.
  await importFiles(page, [{ name: 'exported.ctdl.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(ctdl) }]);
  await expect(page.getByRole('status').filter({ hasText: `Updated “${TITLE}”` })).toBeVisible();
  await elsewhere.close();
});

function waitAndClick(page: Page, name: string): Promise<Download> {
  const download = page.waitForEvent('download');
  void page.getByRole('button', { name, exact: true }).click();
  return download;
}

/** The map without its edit stamps (an update is an edit). */
function withoutStamps(json: string): unknown {
  const map = JSON.parse(json) as Record<string, unknown>;
  delete map.updatedAt;
  return map;
}
