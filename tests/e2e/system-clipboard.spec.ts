import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('cards copied in one tab paste in another tab, and with Ctrl+V after a reload', async ({ page, context }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Welder');
  await editor.select('Welder');
  await editor.button('Copy').click();
  await expect(page.getByText('Copied 1 occupation.')).toBeVisible();

  // A second tab, which never saw the copy: the system clipboard carries it.
  const other = await context.newPage();
  const otherEditor = new MapEditorPage(other);
  await otherEditor.createMap();
  await otherEditor.button('Paste').click();
  await expect(otherEditor.card('Welder')).toBeVisible();

  // After a reload of the second tab, Ctrl+V pastes it again.
  await otherEditor.expectSaved();
  await other.reload();
  await expect(otherEditor.cards()).toHaveCount(1);
  await otherEditor.canvas.click({ position: { x: 10, y: 10 } });
  await other.keyboard.press('Control+v');
  await expect(otherEditor.cards()).toHaveCount(2);
});

test('copied cards also go on the clipboard as a readable list, for an email or a document', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Welder');
  await editor.addOccupation('Pipe Welder');
  await editor.select('Welder');
  await editor.card('Pipe Welder').click({ modifiers: ['Shift'] });
  await expect(page.getByText('2 occupations selected')).toBeVisible();
  await editor.button('Copy').click();
  await expect(page.getByText('Copied 2 occupations.')).toBeVisible();
  // What another application pastes: the titles, not the map file.
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('Welder\nPipe Welder\n');
});

test('a copy made in one map is not pasted into the next map once something else was copied', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Welder');
  await editor.select('Welder');
  await editor.button('Copy').click();
  await expect(page.getByText('Copied 1 occupation.')).toBeVisible();
  // Text copied elsewhere since (a meeting note), then another map opened in the same page.
  await page.evaluate(() => navigator.clipboard.writeText('Meeting notes'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'New map' }).click();
  await expect(page).toHaveURL(/\/maps\/[^/]+\/edit$/);
  await expect(editor.cards()).toHaveCount(0);
  await expect(page.getByText('Copied 1 occupation.')).toHaveCount(0);

  await editor.button('Paste').click();
  await expect(page.getByText(/^Nothing to paste: the clipboard holds no occupations/)).toBeVisible();
  await expect(editor.cards()).toHaveCount(0);
});
