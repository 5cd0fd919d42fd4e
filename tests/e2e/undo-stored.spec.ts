import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { SessionPage } from './pages/session-page';
import { SAMPLE_ID } from './support/sample-map';

// An undo that returns the map to how it opened is a change like any other, and is stored.

test('a card deleted and brought back with undo is still there after a reload', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Welder');
  await editor.addOccupation('Machinist');
  await editor.expectSaved();
  await page.reload();
  await expect(editor.cards()).toHaveCount(2);

  await editor.select('Welder');
  await page.keyboard.press('Delete');
  await expect(editor.cards()).toHaveCount(1);
  await editor.expectSaved();
  await page.keyboard.press('Control+z');
  await expect(editor.card('Welder')).toBeVisible();
  await editor.expectSaved();

  await page.reload();
  await expect(editor.card('Machinist')).toBeVisible();
  await expect(editor.card('Welder')).toBeVisible();
  await expect(editor.cards()).toHaveCount(2);
});

test('a card added and taken back with undo stays gone after a reload', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Welder');
  await editor.expectSaved();
  await page.reload();
  await expect(editor.cards()).toHaveCount(1);

  await editor.button('Add occupation').click();
  await expect(editor.cards()).toHaveCount(2);
  await editor.expectSaved();
  await editor.button('Undo').click();
  await expect(editor.cards()).toHaveCount(1);
  await editor.expectSaved();

  await page.reload();
  await expect(editor.card('Welder')).toBeVisible();
  await expect(editor.cards()).toHaveCount(1);
});

test('in a session, an accepted suggestion taken back with Undo stays taken back after a reload', async ({ page }) => {
  const session = new SessionPage(page);
  await session.startOnSampleCopy(SAMPLE_ID);
  await session.addOrganization('Baystate Health');
  const movesBefore = await session.moves().count();
  await session.tab('Suggestions').click();
  const form = session.panel.getByRole('region', { name: 'Suggest a change' });
  await form.getByRole('combobox', { name: 'Change' }).selectOption({ label: 'Add a move' });
  await form.getByRole('combobox', { name: 'From' }).selectOption({ label: 'Phlebotomist' });
  await form.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Medical Assistant' });
  await form.getByRole('button', { name: 'Suggest change' }).click();
  const pending = session.panel.getByRole('list', { name: 'Pending suggestions' });
  await expect(pending.getByRole('listitem')).toHaveCount(1);
  await session.expectSaved();

  // Opened afresh: the map in memory is the stored one, and the undo below returns to it.
  await page.reload();
  await session.expectLaidOut();
  await session.tab(/^Suggestions/).click();
  await pending.getByRole('button', { name: 'Accept' }).click();
  await expect(session.moves()).toHaveCount(movesBefore + 1);
  await session.expectSaved();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(session.moves()).toHaveCount(movesBefore);
  await expect(pending.getByRole('listitem')).toHaveCount(1);
  await session.expectSaved();

  await page.reload();
  await session.expectLaidOut();
  await expect(session.moves()).toHaveCount(movesBefore);
  await session.tab(/^Suggestions/).click();
  await expect(pending.getByRole('listitem')).toHaveCount(1);
  await expect(session.panel.getByRole('list', { name: 'Decided suggestions' })).toHaveCount(0);
});
