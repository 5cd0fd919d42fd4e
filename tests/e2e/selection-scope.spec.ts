import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';

// "New occupation" always gets the id new-occupation, so two maps share card ids all the time.
test('a selection made in one map is not carried into another map with the same card ids', async ({ page }) => {
  const editor = new MapEditorPage(page);
  for (let map = 0; map < 2; map++) {
    await editor.createMap();
    await editor.button('Add occupation').click();
    await editor.button('Add occupation').click();
    await expect(editor.cards()).toHaveCount(2);
    await editor.expectSaved();
  }
  const mapActions = page.getByRole('group', { name: 'Actions for Untitled map' });

  // Both cards of the first map selected.
  await page.getByRole('link', { name: 'Library' }).click();
  await mapActions.first().getByRole('link', { name: 'Edit' }).click();
  await expect(editor.cards()).toHaveCount(2);
  await editor.canvas.click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+a');
  await expect(editor.inspector).toContainText('2 occupations selected');

  // Through the library into the second map: nothing is selected there, and Delete removes nothing.
  await page.getByRole('link', { name: 'Library' }).click();
  await mapActions.nth(1).getByRole('link', { name: 'Edit' }).click();
  await expect(editor.cards()).toHaveCount(2);
  await expect(editor.inspector).not.toContainText('occupations selected');
  await expect(editor.button('Delete')).toBeDisabled();
  await editor.canvas.click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Delete');
  await expect(editor.cards()).toHaveCount(2);

  // Back in the first map, its selection was dropped on leaving.
  await page.getByRole('link', { name: 'Library' }).click();
  await mapActions.first().getByRole('link', { name: 'Edit' }).click();
  await expect(editor.cards()).toHaveCount(2);
  await expect(editor.button('Delete')).toBeDisabled();
});
