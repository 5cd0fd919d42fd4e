import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';

test('several selected cards each show a thick outline and "✓ Selected", in forced colours too', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  for (let added = 1; added <= 3; added++) {
    await editor.button('Add occupation').click();
    await expect(editor.cards()).toHaveCount(added);
  }
  const [first, second, third] = [editor.cards().nth(0), editor.cards().nth(1), editor.cards().nth(2)];
  const marks = editor.canvas.getByText('✓ Selected', { exact: true });

  // One card selected (the one just added): no check marks.
  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText('Occupation: New occupation');
  await expect(marks).toHaveCount(0);

  await first.click();
  await second.click({ modifiers: ['Shift'] });
  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText('2 occupations selected');
  await expect(marks).toHaveCount(2);
  for (const card of [first, second]) {
    await expect(card.getByText('✓ Selected', { exact: true })).toBeVisible();
    await expect(card.locator('.occupation-card')).toHaveCSS('outline-width', '4px');
  }
  await expect(third.locator('.occupation-card')).toHaveCSS('outline-style', 'none');

  // Forced colours (Windows high contrast) drop shadows and background colours, not outlines or text.
  await page.emulateMedia({ forcedColors: 'active' });
  for (const card of [first, second]) {
    await expect(card.getByText('✓ Selected', { exact: true })).toBeVisible();
    await expect(card.locator('.occupation-card')).toHaveCSS('outline-style', 'solid');
  }
});
