import { expect } from '@playwright/test';
import { test } from './support/test';
import { seriousViolations } from './support/axe';
import { MapEditorPage } from './pages/map-editor-page';
import { waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_ID } from './support/sample-map';

// From three groups of the healthcare sample; all three are entry-level.
const PICKED = ['Nursing Assistant (CNA)', 'Phlebotomist', 'Psychiatric Technician'];
const GROUPS = ['nursing-direct-care', 'laboratory', 'behavioral-health'];

test('a group set on several selected occupations lands on all of them, and one Undo puts every one back', async ({ page }) => {
  // Opens a copy of the sample (laid out in the worker first) and walks three cards: slow on a busy machine.
  test.slow();
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await waitForMapAtRest(editor.canvas);

  await editor.card(PICKED[0]!).click();
  for (const title of PICKED.slice(1)) await editor.card(title).click({ modifiers: ['Shift'] });
  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText('3 occupations selected');
  const form = editor.inspector.getByRole('region', { name: 'Edit the selected occupations' });
  const group = form.getByRole('combobox', { name: 'Group' });
  await expect(group).toHaveValue(/mixed/);
  await expect(form.getByRole('combobox', { name: 'Level' })).toHaveValue('entry');

  await group.selectOption({ label: 'Clinical support' });
  await expect(group).toHaveValue('clinical-support');
  // A flag too: ticking "Registered apprenticeship" (on for none of them) ticks it on all three.
  const registered = form.getByRole('checkbox', { name: 'Registered apprenticeship' });
  await registered.check();
  await expect(registered).toBeChecked();

  // Each choice is one step for all three: Undo takes back the flag, then the group.
  await editor.button('Undo').click();
  await expect(registered).not.toBeChecked();
  await expect(group).toHaveValue('clinical-support');
  await editor.button('Undo').click();
  await expect(group).toHaveValue(/mixed/);
  // Each card on its own (a click on the background first ends the multiple selection).
  await editor.canvas.click({ position: { x: 10, y: 10 } });
  for (const [index, title] of PICKED.entries()) {
    await editor.card(title).click();
    await expect(editor.inspector.getByRole('combobox', { name: 'Group', exact: true })).toHaveValue(GROUPS[index]!);
  }
  // And Redo gives each of them the new group again.
  await editor.button('Redo').click();
  await expect(editor.inspector.getByRole('combobox', { name: 'Group', exact: true })).toHaveValue('clinical-support');
  await editor.card(PICKED[0]!).click();
  await expect(editor.inspector.getByRole('combobox', { name: 'Group', exact: true })).toHaveValue('clinical-support');
});

test('the inspector for several occupations has no serious accessibility violations, mixed flags included', async ({ page }) => {
  // axe reads the whole inspector: seconds on a busy machine.
  test.slow();
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.button('Add occupation').click();
  await editor.inspector.getByRole('checkbox', { name: 'Bright Outlook', exact: true }).check();
  await editor.button('Add occupation').click();
  await expect(editor.cards()).toHaveCount(2);
  await editor.cards().first().click({ modifiers: ['Shift'] });
  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText('2 occupations selected');
  const highGrowth = editor.inspector.getByRole('checkbox', { name: 'Bright Outlook' });
  await expect(highGrowth).toHaveAccessibleDescription('(mixed: on for some)');
  await expect(highGrowth).toBeChecked({ indeterminate: true });

  expect(await seriousViolations(page, 'aside[aria-label="Inspector"]')).toEqual([]);
});
