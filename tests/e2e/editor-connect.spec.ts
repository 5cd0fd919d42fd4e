import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { collectPageErrors } from './support/console-errors';
import { SAMPLE_ID } from './support/sample-map';

/** Presses Tab (or Shift+Tab, going back) until `control` has focus, as a keyboard user would reach it. */
async function tabTo(page: Page, control: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await control.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${control.toString()}`);
}

test('a move is made, refused as a duplicate and undone with the keyboard only', async ({ page }) => {
  const errors = collectPageErrors(page);
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Machinist');
  await editor.addOccupation('Tool and Die Maker');
  await editor.addOccupation('CNC Programmer');
  // The card just added is selected, and its title field has focus: from here on, keys only.
  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText('Occupation: CNC Programmer');
  const moves = editor.inspector.getByRole('group', { name: 'Moves' });
  await expect(moves).toContainText('No moves out of this occupation yet.');

  const target = moves.getByRole('combobox', { name: 'Add a move to' });
  await tabTo(page, target);
  await expect(target.getByRole('option')).toHaveText(['Machinist', 'Tool and Die Maker']);
  await page.keyboard.press('ArrowDown');
  await expect(target).toHaveValue(await target.getByRole('option', { name: 'Tool and Die Maker' }).getAttribute('value') ?? '');
  await page.keyboard.press('Tab');
  await expect(moves.getByRole('button', { name: 'Add move' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(editor.moves()).toHaveCount(1);
  await expect(editor.canvas.getByRole('group', { name: /^Move from CNC Programmer to Tool and Die Maker/ })).toHaveCount(1);
  await expect(moves.getByRole('button', { name: 'Remove move to Tool and Die Maker' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Added a move from “CNC Programmer” to “Tool and Die Maker”.' })).toBeVisible();

  // The same move again is refused with the reason dragging gives (the chooser is just before "Add move").
  await tabTo(page, target, 'Shift+Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('There is already a move from “CNC Programmer” to “Tool and Die Maker”');
  await expect(editor.moves()).toHaveCount(1);

  // Adding was one undo step.
  await expect(moves.getByRole('button', { name: 'Add move' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(editor.moves()).toHaveCount(0);
  await expect(moves.getByRole('button', { name: 'Remove move to Tool and Die Maker' })).toHaveCount(0);
  await expect(editor.card('Tool and Die Maker')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the inspector lists a sample card’s moves, opens one and removes one', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  // The sample's 7 moves between jobs and 4 from its credential and program steps.
  await expect(editor.moves()).toHaveCount(11);
  await editor.select('Licensed Practical Nurse (LPN)');

  const moves = editor.inspector.getByRole('group', { name: 'Moves' });
  await expect(moves.getByRole('list', { name: 'Moves out' }).getByRole('listitem')).toHaveText([/To Registered Nurse \(RN\)/]);
  await expect(moves.getByRole('list', { name: 'Moves in' }).getByRole('listitem')).toHaveText([
    /From Nursing Assistant \(CNA\)/,
    /From Medical Assistant/,
    /From NCLEX-PN/,
  ]);

  await moves.getByRole('button', { name: 'Remove move from Medical Assistant' }).click();
  await expect(editor.moves()).toHaveCount(10);
  await expect(moves.getByRole('combobox', { name: 'Add a move to' })).toBeFocused();

  await moves.getByRole('button', { name: 'Edit move to Registered Nurse (RN)' }).click();
  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText(
    'Move: Licensed Practical Nurse (LPN) → Registered Nurse (RN)',
  );
});

test('dropping a drag anywhere on another card connects to it', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Machinist');
  await editor.addOccupation('Tool and Die Maker');

  const handle = await editor.card('Machinist').locator('.react-flow__handle.source').boundingBox();
  const body = await editor.card('Tool and Die Maker').boundingBox();
  if (!handle || !body) throw new Error('cards are not on screen');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  // The middle of the card, far from its incoming dot on the left edge.
  await page.mouse.move(body.x + body.width / 2, body.y + body.height / 2, { steps: 12 });
  await page.mouse.up();

  await expect(editor.moves()).toHaveCount(1);
  await expect(editor.canvas.getByRole('group', { name: /^Move from Machinist to Tool and Die Maker/ })).toHaveCount(1);
  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText('Move: Machinist → Tool and Die Maker');
});
