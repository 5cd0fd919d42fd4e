import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
test.describe.configure({ timeout: 60_000 });

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
