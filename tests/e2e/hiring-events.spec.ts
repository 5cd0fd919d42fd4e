import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { MapViewerPage } from './pages/map-viewer-page';
import { ViewerFinders } from './pages/viewer-finders';
import { ViewerPanels } from './pages/viewer-panels';
import { waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_ID, sampleMap } from './support/sample-map';
import { CNA } from './support/viewer-maps';

const EMPLOYER = 'Holyoke Medical Center';
// The sample's own events (if any) come first; the new one after them.
const N = ((sampleMap().hiringEvents as unknown[] | undefined) ?? []).length + 1;

// A hiring event logged in the editor, undone and redone step by step, then seen on the viewer's card and in its timeline.
test('a hiring event added in the editor marks its card and shows in the details timeline; Undo takes it away', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await waitForMapAtRest(editor.canvas);

  // With nothing selected the inspector edits the map: its Hiring events section.
  const events = editor.inspector.getByRole('group', { name: 'Hiring events', exact: true });
  await events.getByRole('textbox', { name: "New event's employer" }).fill(EMPLOYER);
  await events.getByLabel("New event's date").fill('2026-03-02');
  await events.getByRole('combobox', { name: "New event's kind" }).selectOption({ label: 'Expansion' });
  await events.getByRole('button', { name: 'Add hiring event' }).click();
  const event = events.getByRole('group', { name: `Expansion: ${EMPLOYER}` });
  await expect(event.getByLabel(`Date of event ${N}`)).toHaveValue('2026-03-02');
  await event.getByRole('spinbutton', { name: `Jobs affected of event ${N}` }).fill('40');
  await event.getByRole('group', { name: `Occupations affected by event ${N}` }).getByRole('checkbox', { name: CNA, exact: true }).check();
  await editor.expectSaved();

  // Each change was one undo step: Undo un-ticks the occupation, clears the jobs, then removes the event.
  const jobs = event.getByRole('spinbutton', { name: `Jobs affected of event ${N}` });
  const cna = event.getByRole('checkbox', { name: CNA, exact: true });
  await editor.button('Undo').click();
  await expect(cna).not.toBeChecked();
  await expect(jobs).toHaveValue('40');
  await editor.button('Undo').click();
  await expect(jobs).toHaveValue('');
  await editor.button('Undo').click();
  await expect(event).toHaveCount(0);
  await expect(events.getByText('No hiring events yet.', { exact: false })).toBeVisible();
  // Redo brings it all back, for the viewer.
  for (let step = 0; step < 3; step += 1) await editor.button('Redo').click();
  await expect(cna).toBeChecked();
  await expect(jobs).toHaveValue('40');
  await editor.expectSaved();

  // The viewer of the copy: the card's marker (at reading zoom) and the details timeline.
  const mapUrl = page.url().replace(/\/edit$/, '');
  await page.goto(mapUrl);
  const viewer = new MapViewerPage(page);
  const finders = new ViewerFinders(page);
  await finders.searchBox.fill('nursing assistant');
  await finders.result(CNA).click();
  await waitForMapAtRest(viewer.canvas);
  const card = viewer.occupationCard(CNA);
  // Shown on the card's highlights line, and said with the card (its description).
  await expect(card.getByText('1 hiring event')).toBeVisible();
  await expect(card).toHaveAccessibleDescription(/1 hiring event\s*, latest: Expansion/);
  const title = (await viewer.heading().textContent()) ?? '';
  const panels = new ViewerPanels(page, title);
  await expect(panels.detailsHeading(CNA)).toBeVisible();
  const timeline = panels.detailsSection('Hiring events').getByRole('listitem');
  await expect(timeline).toHaveText([`2 March 2026 · Expansion · ${EMPLOYER} · +40 jobs`]);
});
