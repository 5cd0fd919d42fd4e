import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { test } from './support/test';
import { generateMapJson } from '../bench/generate-map';
import { MapEditorPage } from './pages/map-editor-page';
import { MapViewerPage } from './pages/map-viewer-page';
import { SAMPLE_ID, sampleMap } from './support/sample-map';

async function exportImage(page: Page, format: 'PNG' | 'SVG'): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: `Export ${format}` }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

test('the whole map exports as a PNG and an SVG with its title', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(editor.cards()).toHaveCount(15); // 11 jobs and 4 steps

  const png = await exportImage(page, 'PNG');
  expect(png.name).toBe('healthcare-careers-in-the-pioneer-valley-copy.png');
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const size = pngSize(png.bytes);
  expect(size.width).toBeGreaterThan(700);
  expect(size.height).toBeGreaterThan(400);

  const svg = await exportImage(page, 'SVG');
  expect(svg.name).toBe('healthcare-careers-in-the-pioneer-valley-copy.svg');
  const text = svg.bytes.toString('utf8');
  expect(text.startsWith('<svg')).toBe(true);
  expect(text).toContain('Healthcare careers in the Pioneer Valley (copy)');
  expect(text).toContain('Nursing and direct care');
  expect(text).toContain('Registered Nurse (RN)');
  expect(text.match(/class="arrow"/g)).toHaveLength(7);
});

test('the PNG is the same picture as the SVG, whatever the zoom (zoomed out, cards show only titles)', async ({ page }) => {
  // Cards with saved places, so nothing is laid out (and moved) while the pictures are made.
  const placed = sampleMap();
  [...placed.occupations, ...placed.steps].forEach((card, index) => Object.assign(card, { position: { x: (index % 4) * 320, y: Math.floor(index / 4) * 200 } }));
  await page.goto('/');
  await new MapViewerPage(page).importFile('placed.json', JSON.stringify(placed));
  await page.getByRole('link', { name: 'Edit map' }).click();
  await expect(new MapEditorPage(page).cards()).toHaveCount(15); // 11 jobs and 4 steps
  const svg = (await exportImage(page, 'SVG')).bytes.toString('utf8');
  const [, svgWidth, svgHeight] = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
  expect(svg).toContain('$82,650 a year');

  await page.getByRole('button', { name: 'Zoom Out' }).click();
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  const far = await exportImage(page, 'PNG');
  expect(pngSize(far.bytes)).toEqual({ width: Number(svgWidth), height: Number(svgHeight) });

  for (let step = 0; step < 5; step += 1) await page.getByRole('button', { name: 'Zoom In' }).click();
  const near = await exportImage(page, 'PNG');
  expect(near.bytes.equals(far.bytes)).toBe(true);
});

test('a 500-occupation map exports as one PNG and a full-size SVG', async ({ page }) => {
  test.setTimeout(test.info().timeout * 4); // the usual limit grows with E2E_CPU_THROTTLE
  const viewer = new MapViewerPage(page);
  await page.goto('/');
  await viewer.importFile('large.json', JSON.stringify(generateMapJson(500)));
  await expect(page).toHaveURL(/\/maps\/generated-500$/);
  await page.getByRole('link', { name: 'Edit map' }).click();
  // Seen whole, a map this large is drawn as an overview (no cards on the page): the PNG is drawn from the map itself.
  await expect(page.getByRole('button', { name: 'Auto layout' })).toBeVisible({ timeout: 30_000 });

  const png = await exportImage(page, 'PNG');
  const size = pngSize(png.bytes);
  expect(png.bytes.length).toBeGreaterThan(50_000);
  // Chromium can't draw a canvas past 16,384 px a side: a very tall map's PNG is shrunk to fit.
  expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(16_000);
  expect(Math.max(size.width, size.height)).toBeGreaterThan(8_000);

  const svg = await exportImage(page, 'SVG');
  const text = svg.bytes.toString('utf8');
  expect(text.includes('>Occupation 500<')).toBe(true);
  expect(svg.bytes.length).toBeLessThan(2_000_000);
  const height = Number(/^<svg[^>]* height="(\d+)"/.exec(text)?.[1]);
  expect(height).toBeGreaterThan(16_000);
});
