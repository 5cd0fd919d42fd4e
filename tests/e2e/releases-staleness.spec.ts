import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_ID } from './support/sample-map';
import { CNA } from './support/viewer-maps';

const TITLE = '2026 annual release';
const CHANGES = 'Wages checked with our employers.';

test('a release recorded in the editor shows in the viewer\'s "About this map"', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await waitForMapAtRest(editor.canvas);

  // With nothing selected the inspector edits the map: its Releases section, dated today unless changed.
  const releases = editor.inspector.getByRole('group', { name: 'Releases', exact: true });
  await releases.getByLabel('Release date').fill('2026-05-01');
  await releases.getByRole('textbox', { name: 'Release title' }).fill(TITLE);
  await releases.getByRole('textbox', { name: 'What changed' }).fill(CHANGES);
  await releases.getByRole('button', { name: 'Record release' }).click();
  await expect(releases.getByRole('status')).toHaveText('Recorded the release of 1 May 2026. Undo takes it back.');
  await expect(releases.getByRole('list', { name: 'Releases, newest first' })).toContainText(`${TITLE} (1 May 2026)`);
  await editor.expectSaved();

  const mapUrl = page.url().replace(/\/edit$/, '');
  await page.goto(mapUrl);
  await page.getByText('About this map', { exact: true }).click();
  const latest = page.getByRole('region', { name: 'Latest release' });
  await expect(latest).toContainText(`${TITLE}, validated 1 May 2026`);
  await expect(latest).toContainText(CHANGES);
});

test("the health panel lists a stale wage with its card, by the map's own threshold", async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await waitForMapAtRest(editor.canvas);

  // The sample's nursing wages are May 2019 figures: older than the default 18 months on any day this runs.
  await page.getByRole('button', { name: /^Map health \(\d+\)$/ }).click();
  const health = page.getByRole('region', { name: 'Map health' });
  const stale = health.getByRole('list', { name: 'Old wage figures' });
  const finding = stale.getByRole('button', { name: `${CNA}: wage from 2019 is older than 18 months (this map's setting). Update it from the latest OEWS release and set its year.` });
  await finding.click();
  await expect(editor.card(CNA)).toBeFocused();

  // A map that lets figures be twenty years old has no old wage figures.
  await editor.card(CNA).focus();
  await page.keyboard.press('Escape');
  const months = editor.inspector.getByRole('group', { name: 'Releases', exact: true }).getByRole('spinbutton', { name: 'Figures older than this many months are stale' });
  await months.fill('240');
  await editor.expectSaved();
  await page.getByRole('button', { name: /^Map health/ }).click();
  await expect(health.getByRole('list', { name: 'Old wage figures' })).toHaveCount(0);
});
