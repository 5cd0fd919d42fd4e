import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { MapViewerPage } from './pages/map-viewer-page';
import { SAMPLE_ID, SAMPLE_TITLES } from './support/sample-map';

// Focus that is lost is often lost a frame later (React Flow blurs in an animation frame), so each
// check first lets two frames pass, then asks where focus is.
async function afterTwoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

async function expectFocusStaysOn(page: Page, element: Locator): Promise<void> {
  await afterTwoFrames(page);
  await expect(element).toBeFocused();
}

const mapActions = (page: Page, title: string) => page.getByRole('group', { name: `Actions for ${title}` });
const mapLink = (page: Page, title: string) => page.getByRole('list', { name: 'Maps' }).getByRole('link', { name: title, exact: true });

test('viewer: Escape on the selected card clears the selection and focus stays on the card', async ({ page }) => {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await viewer.expectCards(SAMPLE_TITLES);
  await page.getByText('About this map', { exact: true }).focus(); // the last control before the map
  await page.keyboard.press('Tab');
  const first = viewer.occupationCard(SAMPLE_TITLES[0]!);
  await expect(first).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('article', { name: SAMPLE_TITLES[0] })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(first).not.toHaveAttribute('aria-current');
  await expect(page.getByRole('article', { name: SAMPLE_TITLES[0] })).toHaveCount(0);
  await expectFocusStaysOn(page, first);
  // Tab carries on from that card, not from the top of the page.
  await page.keyboard.press('Tab');
  await expect(viewer.occupationCard(SAMPLE_TITLES[1]!)).toBeFocused();
});

test('viewer: Escape on another card clears the selection without selecting that card, and keeps focus', async ({ page }) => {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await viewer.expectCards(SAMPLE_TITLES);
  await page.getByText('About this map', { exact: true }).focus(); // the last control before the map
  await page.keyboard.press('Tab');
  const first = viewer.occupationCard(SAMPLE_TITLES[0]!);
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Tab');
  const second = viewer.occupationCard(SAMPLE_TITLES[1]!);
  await expect(second).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(first).not.toHaveAttribute('aria-current');
  await expectFocusStaysOn(page, second);
  await expect(second).not.toHaveAttribute('aria-current');
});

test('library: after renaming a map with Enter, focus is back on its Rename button and the new name is said', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await page.getByRole('link', { name: 'Library' }).click();

  const rename = mapActions(page, 'Untitled map').getByRole('button', { name: 'Rename' });
  await rename.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Rename “Untitled map”' });
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Electrician apprenticeships');
  await page.keyboard.press('Enter');

  await expect(dialog).toHaveCount(0);
  await expect(mapLink(page, 'Electrician apprenticeships')).toBeVisible();
  await expectFocusStaysOn(page, mapActions(page, 'Electrician apprenticeships').getByRole('button', { name: 'Rename' }));
  await expect(page.getByRole('status').filter({ hasText: 'Renamed “Untitled map” to “Electrician apprenticeships”.' })).toBeVisible();
});

test('library: cancelling a rename with Escape also returns focus to the Rename button', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await page.getByRole('link', { name: 'Library' }).click();

  const rename = mapActions(page, 'Untitled map').getByRole('button', { name: 'Rename' });
  await rename.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectFocusStaysOn(page, rename);
});

test('library: Delete moves focus to "Undo delete", and Undo delete to the restored map', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.expectSaved();
  await page.getByRole('link', { name: 'Library' }).click();

  await mapActions(page, 'Untitled map').getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');
  await expect(mapLink(page, 'Untitled map')).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Undo delete' });
  await expectFocusStaysOn(page, undo);

  await page.keyboard.press('Enter');
  await expect(undo).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Restored “Untitled map”.' })).toBeVisible();
  await expectFocusStaysOn(page, mapLink(page, 'Untitled map'));
});
