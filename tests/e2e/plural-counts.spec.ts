import { expect, type Page } from '@playwright/test';
import { test } from './support/test';
import { pluralMistakes } from '../support/plural-mistakes';
import { MapEditorPage } from './pages/map-editor-page';
import { MapViewerPage } from './pages/map-viewer-page';
import { ViewerFinders } from './pages/viewer-finders';
import { SessionPage } from './pages/session-page';
import { ViewerPanels } from './pages/viewer-panels';
import { waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_ID } from './support/sample-map';

// Counts of one wherever the app counts: two occupations (one of them high growth), one move, one group.
const ONE_STEP = {
  schemaVersion: 1,
  id: 'one-step',
  title: 'One step',
  groups: [{ id: 'care', label: 'Care' }],
  occupations: [
    { id: 'aide', title: 'Aide', groupId: 'care', level: 'entry', highGrowth: true, highGrowthBasis: ['rapid-growth'], position: { x: 0, y: 0 } },
    { id: 'nurse', title: 'Nurse', groupId: 'care', level: 'middle', position: { x: 400, y: 0 } },
  ],
  transitions: [{ id: 'aide-to-nurse', from: 'aide', to: 'nurse', kind: 'advancement', typicalMonths: 1 }],
};

async function importOneStep(page: Page): Promise<void> {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await viewer.importFile('one-step.json', JSON.stringify(ONE_STEP));
  await expect(page).toHaveURL(/\/maps\/one-step$/);
  await viewer.expectCards(['Aide', 'Nurse']);
}

/** Every "1 moves"-style slip in what the page shows now. */
const mistakes = async (page: Page) => pluralMistakes(await page.locator('body').innerText());

test('the viewer counts in good English with one of everything: "1 move", "1 of 2 occupations"', async ({ page }) => {
  await importOneStep(page);
  expect(await mistakes(page)).toEqual([]);
  const viewer = new MapViewerPage(page);
  await viewer.occupationCard('Aide').click();
  expect(await mistakes(page)).toEqual([]);
  await new ViewerFinders(page).openFilters();
  await page.getByRole('button', { name: 'High growth', exact: true }).click();
  await expect(page.getByText(/1 of 2 occupations/)).toBeVisible();
  expect(await mistakes(page)).toEqual([]);
  const panels = new ViewerPanels(page, ONE_STEP.title);
  await panels.showOutline();
  expect(await mistakes(page)).toEqual([]);
});

test('the editor counts in good English with one card selected, and on a map of one move', async ({ page }) => {
  await importOneStep(page);
  await page.getByRole('link', { name: 'Edit map' }).click();
  const editor = new MapEditorPage(page);
  await waitForMapAtRest(editor.canvas);
  await editor.select('Aide');
  expect(await mistakes(page)).toEqual([]);
  await editor.canvas.click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+a');
  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText('2 occupations selected');
  expect(await mistakes(page)).toEqual([]);
  await page.getByRole('button', { name: /^Map health/ }).click();
  expect(await mistakes(page)).toEqual([]);
});

test('a session counts in good English with one organization, one vote and one remark', async ({ page }) => {
  // Import, a session laid out, an organization, a vote and a remark: slow on a busy machine.
  test.slow();
  await importOneStep(page);
  await page.goto('/maps/one-step/session');
  const session = new SessionPage(page);
  await session.expectLaidOut();
  await session.addOrganization('Baystate Health');
  await session.voteFor('Aide');
  await session.expectSaved();
  expect(await mistakes(page)).toEqual([]);
  // One vote is the only entry so far: the summary counts it.
  for (const tab of ['Ranking', 'Summary']) {
    await session.tab(tab).click();
    expect(await mistakes(page)).toEqual([]);
  }
  await session.select('Nurse');
  await session.remark('s', 'Needs charting practice');
  await session.tab('Remarks').click();
  expect(await mistakes(page)).toEqual([]);
});
