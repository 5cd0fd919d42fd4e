import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { cardBoxes, overlaps, waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_CARD_COUNT, SAMPLE_ID } from './support/sample-map';

/** The editor's cards once its map is at rest (placed, glided, fitted). */
async function restingBoxes(editor: MapEditorPage) {
  await waitForMapAtRest(editor.canvas);
  return cardBoxes(editor.cards());
}

const template = readFileSync(resolve('public/templates/occupations-template.csv'), 'utf8');
const header = template.split('\n')[0] ?? '';
// Cells by the template's own headers, so the row follows the columns wherever they stand.
const row = (id: string, title: string, socCode: string, level: string) => {
  const cells: Record<string, string> = { id, title, socCode, level };
  return header.split(',').map((key) => cells[key] ?? '').join(',');
};
// Two occupations the healthcare sample does not have: merging adds two new cards.
const NEW_OCCUPATIONS = [header, row('welder', 'Welder', '51-4121.00', 'entry'), row('machinist', 'Machinist', '51-4041.00', 'middle')].join('\n');

async function mergeCsv(page: Page, csv: string): Promise<void> {
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from CSV' });
  await dialog.getByLabel('Occupations CSV file').setInputFiles({ name: 'occupations.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByRole('button', { name: 'Merge into this map' }).click();
  await expect(dialog).toBeHidden();
}

test('laying out a sample copy on open is not an undo step; "Auto layout" is one', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(editor.cards()).toHaveCount(SAMPLE_CARD_COUNT);
  const opened = await restingBoxes(editor);
  await expect(editor.button('Undo')).toBeDisabled();

  // Ctrl+Z right after opening leaves the laid-out map as it is.
  await editor.card('Registered Nurse (RN)').click();
  await page.keyboard.press('Control+z');
  expect(await restingBoxes(editor)).toEqual(opened);

  const layoutButton = page.getByRole('button', { name: 'Auto layout' });
  await layoutButton.click();
  await expect(editor.button('Undo')).toBeEnabled();
  await editor.button('Undo').click();
  await expect(editor.button('Undo')).toBeDisabled();
});

test('merging a CSV into an empty map, new cards placed, is one undo step', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await mergeCsv(page, template);
  // The template's three jobs and four step cards.
  await expect(editor.cards()).toHaveCount(7);
  expect(overlaps(await restingBoxes(editor))).toEqual([]);

  await editor.button('Undo').click();
  await expect(editor.cards()).toHaveCount(0);
  await expect(editor.button('Undo')).toBeDisabled();
  await editor.button('Redo').click();
  await expect(editor.cards()).toHaveCount(7);
});

test('merging a CSV into a laid-out map places the new cards clear of the others, in the same undo step', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(editor.cards()).toHaveCount(SAMPLE_CARD_COUNT);
  await waitForMapAtRest(editor.canvas);
  await mergeCsv(page, NEW_OCCUPATIONS);
  await expect(editor.cards()).toHaveCount(SAMPLE_CARD_COUNT + 2);
  expect(overlaps(await restingBoxes(editor))).toEqual([]);

  await editor.button('Undo').click();
  await expect(editor.cards()).toHaveCount(SAMPLE_CARD_COUNT);
  await expect(editor.button('Undo')).toBeDisabled();
});

test('each paste lands clear of the one before, says "Pasted", and undoes in one step', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(editor.cards()).toHaveCount(SAMPLE_CARD_COUNT);
  await waitForMapAtRest(editor.canvas);
  await editor.card('Nursing Assistant (CNA)').click();
  await editor.card('Licensed Practical Nurse (LPN)').click({ modifiers: ['Shift'] });
  await editor.card('Registered Nurse (RN)').click({ modifiers: ['Shift'] });
  await editor.button('Copy').click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied 3 occupations.' })).toBeVisible();

  // Through the app's own links: the clipboard lives in the page, so a reload would empty it.
  await page.getByRole('link', { name: 'Library', exact: true }).click();
  await page.getByRole('button', { name: 'New map' }).click();
  await expect(editor.cards()).toHaveCount(0);
  await editor.button('Paste').click();
  await expect(editor.cards()).toHaveCount(3);
  await expect(page.getByRole('status').filter({ hasText: 'Pasted 3 occupations.' })).toBeVisible();
  await editor.button('Paste').click();
  await expect(editor.cards()).toHaveCount(6);
  await expect(page.getByRole('button', { name: 'Fit View' })).toBeVisible();
  await page.getByRole('button', { name: 'Fit View' }).click();

  // All six copies can be seen: no card sits on top of another one's place.
  const placed = await restingBoxes(editor);
  expect(placed).toHaveLength(6);
  const corners = new Set(placed.map((box) => `${Math.round(box.x)},${Math.round(box.y)}`));
  expect(corners.size).toBe(6);
  for (const title of ['Nursing Assistant (CNA)', 'Registered Nurse (RN)']) {
    const [first, second] = placed.filter((box) => box.name === title);
    expect(second!.x).toBeGreaterThan(first!.x + 10);
    expect(second!.y).toBeGreaterThan(first!.y + 10);
    await expect(editor.card(title).nth(1)).toBeVisible();
  }

  await editor.button('Undo').click();
  await expect(editor.cards()).toHaveCount(3);
  await editor.button('Undo').click();
  await expect(editor.cards()).toHaveCount(0);
  await expect(editor.button('Undo')).toBeDisabled();
});
