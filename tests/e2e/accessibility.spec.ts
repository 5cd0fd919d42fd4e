import { expect } from '@playwright/test';
import { test } from './support/test';
import { seriousViolations } from './support/axe';
import { MapEditorPage } from './pages/map-editor-page';
import { MapViewerPage } from './pages/map-viewer-page';
import { holdLayout } from './support/hold-layout';
import { waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_ID, SAMPLE_TITLES } from './support/sample-map';


test('the library has no serious accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Map library' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the map viewer has no serious accessibility violations', async ({ page }) => {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await viewer.expectCards(SAMPLE_TITLES);
  expect(await seriousViolations(page)).toEqual([]);
});

test('occupation cards can be reached with the keyboard', async ({ page }) => {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await viewer.expectCards(SAMPLE_TITLES);
  // From the last toolbar control, Tab goes to the search box, "Filters" (folded), "About this map", then into the canvas, card by card.
  await page.getByRole('link', { name: 'Edit map' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Search occupations' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByText('About this map')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(viewer.occupationCard(SAMPLE_TITLES[0]!)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(viewer.occupationCard(SAMPLE_TITLES[1]!)).toBeFocused();
  // The focused card shows it (React Flow's own style removes the outline).
  await expect(viewer.occupationCard(SAMPLE_TITLES[1]!)).toHaveCSS('outline-style', 'dashed');
  await expect(viewer.occupationCard(SAMPLE_TITLES[0]!)).toHaveCSS('outline-style', 'none');
});

// One test per pair of views: a whole-page axe run takes seconds on a slow machine.
test('the editor, read-only on a sample and then with a card in its inspector, has no serious accessibility violations', async ({ page }) => {
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page.getByRole('region', { name: /^Pathway map editor:/ })).toBeVisible();
  await new MapEditorPage(page).card(SAMPLE_TITLES[0]!).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the editor’s health panel and shortcuts dialog have no serious accessibility violations', async ({ page }) => {
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page.getByRole('region', { name: /^Pathway map editor:/ })).toBeVisible();
  await page.getByRole('button', { name: /^Map health/ }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a card focused and selected while the map is still being laid out keeps focus and selection when the layout lands', async ({ page }) => {
  const layout = await holdLayout(page);
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  const layingOut = page.getByRole('status').filter({ hasText: 'Laying out' });
  await expect(layingOut).toBeVisible();
  await page.getByText('About this map', { exact: true }).focus(); // the last control before the map
  await page.keyboard.press('Tab');
  const card = viewer.occupationCard(SAMPLE_TITLES[0]!);
  await expect(card).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card).toHaveAttribute('aria-current', 'true');

  layout.release();
  // The layout itself takes seconds on a busy machine: wait on the canvas's own "at rest".
  await waitForMapAtRest(viewer.canvas);
  await expect(layingOut).toHaveCount(0);
  await expect(card).toBeFocused();
  await expect(card).toHaveAttribute('aria-current', 'true');
  await viewer.expectCards(SAMPLE_TITLES);
});

test('the shortcuts dialog opens at its top, and closing it gives focus back to the button that opened it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  // It opens at its top: the title and the first shortcut are in view (focus on a Close button at the
  // bottom scrolled the list to its end on a laptop screen).
  await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport();
  await expect(dialog.getByRole('row').nth(1)).toBeInViewport();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});
