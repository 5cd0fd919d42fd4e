import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';

const template = (sheet: 'occupations' | 'transitions') => readFileSync(resolve(`public/templates/${sheet}-template.csv`), 'utf8');

test('CSV import shows a bad row before anything is imported, then imports the fixed sheets', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from CSV' });

  // The LPN row (spreadsheet row 3) says its median wage is "57 grand", which is not read as money.
  const broken = template('occupations').replace(',57110,', ',57 grand,');
  await dialog.getByLabel('Occupations CSV file').setInputFiles({ name: 'occupations.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await dialog.getByLabel('Transitions CSV file').setInputFiles({ name: 'transitions.csv', mimeType: 'text/csv', buffer: Buffer.from(template('transitions')) });
  await expect(dialog.getByRole('alert')).toContainText('Row 3');
  await expect(dialog.getByRole('alert')).toContainText('57 grand');
  await expect(dialog.getByRole('button', { name: 'Import as a new map' })).toBeDisabled();

  await dialog.getByLabel('Occupations CSV file').setInputFiles({ name: 'occupations.csv', mimeType: 'text/csv', buffer: Buffer.from(template('occupations')) });
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import as a new map' }).click();

  const editor = new MapEditorPage(page);
  await expect(page).toHaveURL(/\/edit$/);
  // The template is the sample's nursing ladder: three jobs and four step cards (certificate, PN program, two licenses).
  await expect(editor.cards()).toHaveCount(7);
  await expect(editor.card('Registered Nurse (RN)')).toBeVisible();
  await expect(editor.card(/^Credential: NCLEX-RN/)).toBeVisible();
  await expect(editor.moves()).toHaveCount(6);
});

test('a map exports its occupations and transitions as CSV that reads back', async ({ page }) => {
  await page.goto('/maps/healthcare-pioneer-valley/edit');
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export occupations CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/occupations\.csv$/);
  const text = readFileSync(await file.path(), 'utf8');
  expect(text).toContain('Registered Nurse (RN)');
  // The sample's step cards travel in the same sheet, each with its kind.
  expect(text).toContain('nclex-rn,credential,NCLEX-RN,');
  expect(text.split('\n').filter((line) => line.trim() !== '').length).toBeGreaterThan(11);
});
