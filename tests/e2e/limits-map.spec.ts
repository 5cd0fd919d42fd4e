import { expect } from '@playwright/test';
import { test } from './support/test';
import { generateMapJson } from '../bench/generate-map';
import { MapEditorPage } from './pages/map-editor-page';
import { MapViewerPage } from './pages/map-viewer-page';
import { waitForMapAtRest } from './support/map-at-rest';

// The documented limits: 5,000 occupations and 20,000 transitions. Such a map used to grow the
// renderer to ~4.4 GB while it was laid out, and Chromium showed "Aw, Snap!".
test('a map at the documented limits opens, lays out, pans, takes an edit and survives a reload', async ({ page }) => {
  test.setTimeout(test.info().timeout * 14); // seven minutes; the usual limit grows with E2E_CPU_THROTTLE
  let crashed = false;
  page.on('crash', () => (crashed = true));
  const atRest = { timeout: 180_000 };

  await page.goto('/');
  const viewer = new MapViewerPage(page);
  // One card short of the limit, so that the card added below brings it to exactly 5,000.
  await viewer.importFile('limits.json', JSON.stringify(generateMapJson(4999, 20000)));
  await expect(viewer.heading()).toHaveText('Generated map with 4999 occupations', atRest);
  await waitForMapAtRest(viewer.canvas, atRest);

  await page.getByRole('link', { name: 'Edit map' }).click();
  const editor = new MapEditorPage(page);
  await waitForMapAtRest(editor.canvas, atRest);
  await page.getByRole('group', { name: 'Layout' }).getByRole('button', { name: 'Auto layout' }).click();
  await waitForMapAtRest(editor.canvas, atRest);

  // Panning: drag the pane.
  const box = (await editor.canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 4, box.y + box.height / 3, { steps: 10 });
  await page.mouse.up();
  await waitForMapAtRest(editor.canvas, atRest);

  await editor.button('Add occupation').click();
  await editor.inspector.getByRole('textbox', { name: 'Title', exact: true }).fill('Card past the limit test');
  await expect(editor.saveStatus).toHaveText('Saved', atRest);

  await page.reload();
  await waitForMapAtRest(editor.canvas, atRest);
  await page.getByRole('link', { name: 'Library', exact: true }).click();
  await expect(page.getByText('5,000 occupations · 20,000 moves')).toBeVisible();
  expect(crashed).toBe(false);
});
