import { expect, type Page } from '@playwright/test';
import { test } from './support/test';
import { generateMapJson } from '../bench/generate-map';
import { MapEditorPage } from './pages/map-editor-page';
import { MapViewerPage } from './pages/map-viewer-page';
import { waitForMapAtRest } from './support/map-at-rest';

const OVERVIEW_HINT = 'Seen from afar, cards are drawn as blocks';

/** How many pixels of the overview canvas are painted (not transparent). */
const paintedPixels = (page: Page) =>
  page.locator('canvas.overview-layer').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let index = 3; index < data.length; index += 4) if (data[index]! > 0) painted += 1;
    return painted;
  });

test('a 500-occupation map seen whole is drawn as an overview; zooming in brings the cards back', async ({ page }) => {
  test.slow(); // three times the usual limit (which grows with E2E_CPU_THROTTLE)
  await page.goto('/');
  await new MapViewerPage(page).importFile('large.json', JSON.stringify(generateMapJson(500)));
  await page.getByRole('link', { name: 'Edit map' }).click();
  const editor = new MapEditorPage(page);
  await waitForMapAtRest(editor.canvas); // its cards are placed when it opens

  // Fitted to the whole map, the cards are blocks on one canvas, not 500 cards on the page.
  await page.getByRole('button', { name: 'Fit View' }).click();
  await waitForMapAtRest(editor.canvas);
  await expect(page.getByText(OVERVIEW_HINT)).toBeVisible();
  await expect(editor.cards()).toHaveCount(0);
  await expect.poll(() => paintedPixels(page)).toBeGreaterThan(5_000);

  // Zoomed in, real cards are back (only those on screen), and the hint is gone.
  for (let step = 0; step < 8 && (await page.getByText(OVERVIEW_HINT).count()) > 0; step += 1) {
    await page.getByRole('button', { name: 'Zoom In' }).click();
  }
  await expect(page.getByText(OVERVIEW_HINT)).toHaveCount(0);
  // Arrows are not routed around cards on a map this large, and the canvas says so.
  await expect(page.getByRole('status').filter({ hasText: 'arrows run straight and may pass under cards' })).toBeVisible();
  await expect(editor.cards().first()).toBeVisible();
  const shown = await editor.cards().count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(500);
});

test('opening a 2,000-occupation map never puts all its cards on the page at once', async ({ page }) => {
  test.slow(); // three times the usual limit (which grows with E2E_CPU_THROTTLE)
  // Counts the cards on the page after every change to it: drawing all 2,000 to measure them, as React
  // Flow does with cards it knows nothing of, took most of the renderer's memory at the limits.
  await page.addInitScript(() => {
    const record = window as unknown as { mostCards: number };
    record.mostCards = 0;
    new MutationObserver(() => {
      record.mostCards = Math.max(record.mostCards, document.querySelectorAll('.react-flow__node').length);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  const viewer = new MapViewerPage(page);
  await viewer.importFile('large.json', JSON.stringify(generateMapJson(2000)));
  await waitForMapAtRest(viewer.canvas, { timeout: test.info().timeout });
  await page.getByRole('link', { name: 'Edit map' }).click();
  const editor = new MapEditorPage(page);
  await waitForMapAtRest(editor.canvas, { timeout: test.info().timeout });
  const mostCards = await page.evaluate(() => (window as unknown as { mostCards: number }).mostCards);
  expect(mostCards).toBeGreaterThan(0);
  expect(mostCards).toBeLessThan(500);
});

test('a large map prints what is on screen, the overview from afar or the cards in view, and the page says which', async ({ page }) => {
  test.slow(); // three times the usual limit (which grows with E2E_CPU_THROTTLE)
  await page.goto('/');
  const viewer = new MapViewerPage(page);
  await viewer.importFile('large.json', JSON.stringify(generateMapJson(500)));
  await waitForMapAtRest(viewer.canvas, { timeout: test.info().timeout });
  const fromAfar = page.getByText('The map has 500 occupations, too many to read on one page: this page shows all of it from afar');
  const inView = page.getByText('The map has 500 occupations, too many to read on one page: this page shows the part that was in view');
  const print = async () => {
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  };
  const endPrint = async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
  };
  await expect(fromAfar).toBeHidden();

  // Opened whole, the map is an overview: that prints, as blocks.
  await print();
  await expect(fromAfar).toBeVisible();
  await expect(inView).toBeHidden();
  await expect(viewer.canvas.locator('.react-flow__node')).toHaveCount(0);
  await endPrint();
  await expect(fromAfar).toBeHidden();

  // Zoomed in, only the cards in view are drawn, so only they print.
  for (let step = 0; step < 8 && (await page.getByText(OVERVIEW_HINT).count()) > 0; step += 1) {
    await page.getByRole('button', { name: 'Zoom In' }).click();
  }
  await waitForMapAtRest(viewer.canvas);
  await print();
  await expect(inView).toBeVisible();
  await expect(fromAfar).toBeHidden();
  const printed = await viewer.canvas.locator('.react-flow__node').count();
  expect(printed).toBeGreaterThan(0);
  expect(printed).toBeLessThan(500);
  await endPrint();
});

test('a 500-occupation map in a session is seen whole as an overview, with no arrows drawn one by one', async ({ page }) => {
  test.slow(); // three times the usual limit (which grows with E2E_CPU_THROTTLE)
  await page.goto('/');
  const viewer = new MapViewerPage(page);
  await viewer.importFile('large.json', JSON.stringify(generateMapJson(500)));
  await waitForMapAtRest(viewer.canvas, { timeout: test.info().timeout });
  await page.goto('/maps/generated-500/session');
  const session = page.getByRole('region', { name: /^Session map:/ });
  await waitForMapAtRest(session, { timeout: test.info().timeout });
  // Fitted whole on the projector: blocks on one canvas, not 500 cards and their arrows on the page.
  await expect(session.getByText(OVERVIEW_HINT)).toBeVisible();
  await expect(session.locator('.react-flow__node')).toHaveCount(0);
  await expect(session.locator('.react-flow__edge')).toHaveCount(0);
  await expect.poll(() => paintedPixels(page)).toBeGreaterThan(5_000);
});
