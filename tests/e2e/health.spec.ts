import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { SAMPLE_ID } from './support/sample-map';

test('the health check names what to fix and leads to the card', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(editor.canvas).toBeVisible();

  await page.getByRole('button', { name: /^Map health \(\d+\)$/ }).click();
  const health = page.getByRole('region', { name: 'Map health' });
  await expect(health).toContainText('Phlebotomist');
  await health.getByRole('button', { name: /Phlebotomist has no wage/ }).click();
  // Focus goes to the card the finding named (its button is gone with the list), not to the top of the page.
  await expect(editor.card('Phlebotomist')).toBeFocused();

  await expect(editor.inspector.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Phlebotomist');
  await editor.inspector.getByRole('spinbutton', { name: 'Wage figure' }).fill('41000');
  await page.getByRole('button', { name: /^Map health/ }).click();
  await expect(health.getByRole('button', { name: /Phlebotomist has no wage/ })).toHaveCount(0);
});
