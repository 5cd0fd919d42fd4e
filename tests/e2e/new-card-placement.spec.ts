import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { cardBoxes, overlaps, waitForMapAtRest } from './support/map-at-rest';

test('occupations added one after another from the toolbar never land on a card, however tall it has grown', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  // A first card filled in: a long title, education and every badge make it taller than a new card.
  await editor.addOccupation('Medical and Clinical Laboratory Technologist Supervisor');
  const field = (name: string) => editor.inspector.getByRole('combobox', { name, exact: true });
  await field('Education').selectOption({ label: "Bachelor's degree" });
  await field('Designation').selectOption({ label: 'Priority' });
  for (const flag of ['Bright Outlook', 'Registered apprenticeship', 'Pre-apprenticeship']) {
    await editor.inspector.getByRole('checkbox', { name: flag, exact: true }).check();
  }
  await expect(editor.card('Medical and Clinical Laboratory Technologist Supervisor').getByRole('listitem', { includeHidden: true })).toHaveCount(4);

  for (let added = 2; added <= 4; added++) {
    await editor.button('Add occupation').click();
    await expect(editor.cards()).toHaveCount(added);
  }
  await waitForMapAtRest(editor.canvas);
  const boxes = await cardBoxes(editor.cards());
  expect(boxes).toHaveLength(4);
  expect(overlaps(boxes.map((box, index) => ({ ...box, name: `card ${index + 1}` })))).toEqual([]);
});
