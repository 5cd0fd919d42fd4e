import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { ViewerRoutesPage } from './pages/viewer-routes';
import { collectPageErrors } from './support/console-errors';

const READS = 'Reads: any 1 of: ADN (24 months), BSN (48 months)';

test('CNA → (any 1 of: ADN, BSN) → RN is built with choices and buttons, undone step by step, kept, read out in the viewer and counted in the route', async ({ page }) => {
  test.slow(); // builds a map, reloads it and opens the viewer: three times the usual limit
  const errors = collectPageErrors(page);
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Registered Nurse');
  await editor.addOccupation('Nursing Assistant');
  const moves = editor.inspector.getByRole('group', { name: 'Moves' });
  await moves.getByRole('combobox', { name: 'Add a move to' }).selectOption({ label: 'Registered Nurse' });
  await moves.getByRole('button', { name: 'Add move' }).click();
  await moves.getByRole('button', { name: 'Edit move to Registered Nurse' }).click();
  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText('Move: Nursing Assistant → Registered Nurse');

  const requirements = editor.inspector.getByRole('group', { name: 'Requirements' });
  await requirements.getByRole('combobox', { name: 'Requirements: all or any' }).selectOption({ label: 'Any N of' });
  await requirements.getByRole('button', { name: 'Add requirement', exact: true }).click();
  // The new requirement's type has the focus: the rest is typed from there.
  await expect(requirements.getByRole('combobox', { name: 'Type of requirement 1' })).toBeFocused();
  await requirements.getByRole('combobox', { name: 'Type of requirement 1' }).selectOption({ label: 'Course or program' });
  await requirements.getByRole('textbox', { name: 'Text of requirement 1' }).fill('ADN');
  await requirements.getByRole('spinbutton', { name: 'Months of requirement 1' }).fill('24');
  await requirements.getByRole('button', { name: 'Add requirement', exact: true }).click();
  await requirements.getByRole('combobox', { name: 'Type of requirement 2' }).selectOption({ label: 'Course or program' });
  await requirements.getByRole('spinbutton', { name: 'Months of requirement 2' }).fill('48');
  await requirements.getByRole('textbox', { name: 'Text of requirement 2' }).pressSequentially('BSN');
  await expect(requirements.getByText(/^Reads:/)).toHaveText(READS);

  // Asking for more than there are is allowed, and said plainly.
  const count = requirements.getByRole('spinbutton', { name: 'Requirements: how many needed' });
  await count.fill('3');
  await expect(requirements.getByText('Any 3 of only 2 requirements can never be met (the outer group). Add requirements or ask for fewer.')).toBeVisible();
  // Undo takes back that one change; then the typing of "BSN" as one step.
  await count.blur();
  await page.keyboard.press('Control+z');
  await expect(requirements.getByText(/^Reads:/)).toHaveText(READS);
  await page.keyboard.press('Control+z');
  await expect(requirements.getByText(/^Reads:/)).toHaveText('Reads: any 1 of: ADN (24 months), a program (48 months)');
  await page.keyboard.press('Control+Shift+z');
  await expect(requirements.getByText(/^Reads:/)).toHaveText(READS);
  await editor.expectSaved();

  await page.reload();
  await editor.select('Nursing Assistant');
  await moves.getByRole('button', { name: 'Edit move to Registered Nurse' }).click();
  await expect(requirements.getByText(/^Reads:/)).toHaveText(READS);

  // The viewer reads it out, and the route counts the cheapest way through it, saying which it assumed.
  const mapId = /\/maps\/([^/]+)\/edit$/.exec(page.url())?.[1] ?? '';
  const routes = new ViewerRoutesPage(page);
  await routes.open(mapId);
  await routes.findRoutes('Nursing Assistant', 'Registered Nurse');
  await expect(routes.route(1)).toContainText('Time: 24 months');
  await expect(routes.route(1)).toContainText('Cost: cost not known');
  await routes.route(1).click();
  const details = routes.details(1);
  await expect(details.getByRole('list', { name: 'What the move to Registered Nurse takes' })).toHaveText('any 1 of: ADN (24 months), BSN (48 months)');
  await expect(details).toContainText('About 24 months · Cost not known · Assumed the cheapest known choice: ADN (24 months)');
  expect(errors).toEqual([]);
});

test('the map\'s levels are renamed, added and offered to an occupation', async ({ page }) => {
  const errors = collectPageErrors(page);
  const editor = new MapEditorPage(page);
  await editor.createMap();
  const levels = editor.inspector.getByRole('group', { name: 'Levels' });
  await levels.getByRole('button', { name: 'Add level' }).click();
  await expect(levels.getByRole('textbox', { name: 'Label of level 4' })).toBeFocused();
  await levels.getByRole('textbox', { name: 'Label of level 4' }).fill('Capstone');
  await levels.getByRole('button', { name: 'Move level 4 up' }).click();
  await expect(levels.getByRole('textbox', { name: 'Label of level 3' })).toHaveValue('Capstone');
  await editor.addOccupation('Charge Nurse');
  const level = editor.inspector.getByRole('combobox', { name: 'Level', exact: true });
  await level.selectOption({ label: 'Capstone' });
  // A level keeps the id it was added with (level-4); its label is what people see.
  await expect(level).toHaveValue('level-4');
  await editor.expectSaved();
  expect(errors).toEqual([]);
});
