import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { ViewerPanels } from './pages/viewer-panels';
import { waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_ID, sampleMap } from './support/sample-map';
import { LPN } from './support/viewer-maps';

type Program = { completions?: number };
// The sample may list programs for the LPN already; the new one joins them and their completions count too.
const existing = ((sampleMap().occupations.find((occupation) => occupation.title === LPN) as { training?: Program[] } | undefined)?.training ?? []);
const OPENINGS = 410;
const COMPLETIONS = 24;
const shortfall = OPENINGS - COMPLETIONS - existing.reduce((sum, program) => sum + (program.completions ?? 0), 0);
const partial = existing.some((program) => program.completions === undefined);
const VERDICT = `Completions ${partial ? 'known so far fall' : 'fall'} short of openings by ${shortfall} a year`;

// Openings typed in the editor and a program whose completions fall short of them, seen as a shortfall in the viewer.
test('a training program whose completions fall short of the openings shows the shortfall in the details and the map table', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await waitForMapAtRest(editor.canvas);
  await editor.select(LPN);

  const labor = editor.inspector.getByRole('group', { name: 'Labor market', exact: true });
  await labor.getByRole('spinbutton', { name: 'Annual openings' }).fill(String(OPENINGS));
  await labor.getByRole('textbox', { name: 'Labor data area' }).fill('Pioneer Valley, MA');
  await labor.getByRole('textbox', { name: 'Labor data area' }).press('Tab');

  const training = editor.inspector.getByRole('group', { name: 'Training', exact: true });
  await training.getByRole('button', { name: 'Add training program' }).click();
  const row = training.getByRole('group', { name: 'New training program' });
  await row.getByRole('textbox', { name: 'Name' }).fill('Practical Nursing Certificate');
  const added = training.getByRole('group', { name: `Training program ${existing.length + 1}` });
  await expect(added).toBeVisible();
  await added.getByRole('textbox', { name: 'Provider' }).fill('Holyoke Community College');
  await added.getByRole('spinbutton', { name: 'Capacity', exact: true }).fill('30');
  await added.getByRole('spinbutton', { name: 'Completions', exact: true }).fill(String(COMPLETIONS));
  await added.getByRole('spinbutton', { name: 'Year counted', exact: true }).fill('2024');
  await added.getByRole('spinbutton', { name: 'Year counted', exact: true }).press('Tab');
  await editor.expectSaved();

  // The viewer of the copy.
  await page.goto(page.url().replace(/\/edit$/, ''));
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const panels = new ViewerPanels(page, title);
  await panels.showOutline();
  await panels.openDetailsFromOutline(LPN);
  const program = panels.detailsSection('Training programs').getByRole('listitem').filter({ hasText: 'Practical Nursing Certificate' });
  await expect(program).toContainText('ProviderHolyoke Community College');
  await expect(program).toContainText('Capacity30 a year, 2024');
  await expect(program).toContainText(`Completions${COMPLETIONS} a year, 2024`);
  const comparison = panels.detailsSection('Openings and completions');
  await expect(comparison).toContainText(`${VERDICT}.`);
  await expect(comparison).toContainText(`Openings${OPENINGS} a year (annual average)`);

  await page.getByText('About this map', { exact: true }).click();
  const table = page.getByRole('region', { name: 'Openings and completions', exact: true });
  const lpnRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: LPN, exact: true }) });
  await expect(lpnRow).toContainText(VERDICT);
  await expect(lpnRow.getByRole('cell').first()).toContainText(`${OPENINGS} a year (annual average)`);
});
