import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';

// A few rows in the BLS OEWS download layout (as saved from its xlsx as CSV): two areas, a '*' wage.
const OEWS_SHEET = [
  'AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,H_MEAN,A_MEAN,H_PCT25,H_MEDIAN,A_PCT25,A_MEDIAN,ANNUAL,HOURLY',
  '44140,"Springfield, MA",4,MA,29-1141,Registered Nurses,detailed,"5,430",45.10,"93,810",38.50,44.00,"80,080","91,520",,',
  '44140,"Springfield, MA",4,MA,29-2061,Licensed Practical and Licensed Vocational Nurses,detailed,"1,020",30.00,"62,400",26.00,29.50,"54,080","61,360",,',
  '44140,"Springfield, MA",4,MA,31-1131,Nursing Assistants,detailed,"3,100",19.00,"39,520",*,*,*,*,,',
  '71650,"Boston-Cambridge-Nashua, MA-NH",4,MA,29-1141,Registered Nurses,detailed,"60,000",55.00,"114,400",45.00,53.00,"93,600","110,240",,',
].join('\n');

test('wages update from an OEWS sheet in one step: the preview shows old → new, and one Undo puts the old wages back', async ({ page }) => {
  await page.goto('/maps/healthcare-pioneer-valley/edit');
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  const editor = new MapEditorPage(page);
  // At this zoom a card shows its title only: the inspector of the chosen card shows its wage.
  await editor.select('Registered Nurse (RN)');
  const figure = editor.inspector.getByRole('spinbutton', { name: 'Wage figure' });
  await expect(figure).toHaveValue('82650');

  await page.getByRole('button', { name: 'Update wages from a sheet…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update wages from a sheet' });
  await dialog.getByLabel('Wage sheet CSV file').setInputFiles({ name: 'MSA_M2024_dl.csv', mimeType: 'text/csv', buffer: Buffer.from(OEWS_SHEET) });

  // The file name gives the year; the median is taken by default; the sheet has two areas.
  await expect(dialog.getByRole('textbox', { name: 'Year of the figures' })).toHaveValue('2024');
  await expect(dialog.getByRole('combobox', { name: 'Statistic to take' })).toHaveValue('median');
  await dialog.getByRole('combobox', { name: 'Area' }).selectOption('Springfield, MA');
  const rnRow = dialog.getByRole('row', { name: /^Registered Nurse \(RN\)/ });
  await expect(rnRow).toContainText('$82,650 a year (mean), 2019, Springfield, MA metro');
  await expect(rnRow).toContainText('$91,520 a year (median), 2024, Springfield, MA');
  await expect(dialog.getByRole('row', { name: /^Nursing Assistant \(CNA\)/ })).toContainText('not available (* in the sheet); unchanged');
  await expect(dialog.getByRole('row', { name: /^Paramedic/ })).toContainText('unchanged: not in the sheet');

  await dialog.getByRole('button', { name: 'Update 2 wages' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(figure).toHaveValue('91520');

  await editor.button('Undo').click();
  await expect(figure).toHaveValue('82650');
  await editor.select('Licensed Practical Nurse (LPN)');
  await expect(figure).toHaveValue('57110');
});

test('a wage sheet with a bad cell is refused, saying where, and changes nothing', async ({ page }) => {
  await page.goto('/maps/healthcare-pioneer-valley/edit');
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await page.getByRole('button', { name: 'Update wages from a sheet…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update wages from a sheet' });
  const broken = OEWS_SHEET.replace('"91,520"', 'lots');
  await dialog.getByLabel('Wage sheet CSV file').setInputFiles({ name: 'oews.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await expect(dialog.getByRole('alert')).toContainText('Row 2, A_MEDIAN: "lots" isn\'t a wage figure');
  await expect(dialog.getByRole('button', { name: /^Update/ })).toBeDisabled();
});
