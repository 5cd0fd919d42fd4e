import { expect, type Page } from '@playwright/test';
import { test } from './support/test';
import { seriousViolations } from './support/axe';
import { MapViewerPage } from './pages/map-viewer-page';
import { ViewerPanels } from './pages/viewer-panels';
import { collectPageErrors } from './support/console-errors';
import { SAMPLE_ID, SAMPLE_STEP_TITLES, SAMPLE_TITLES, sampleMap } from './support/sample-map';

const SAMPLE = sampleMap();
const GROUP_LABELS = (SAMPLE.groups as { label: string }[]).map((group) => group.label);


async function openSample(page: Page): Promise<ViewerPanels> {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await expect(viewer.heading()).toHaveText(SAMPLE.title);
  return new ViewerPanels(page, SAMPLE.title);
}

test('the outline lists every occupation of the sample by group, then its steps, with their moves', async ({ page }) => {
  const errors = collectPageErrors(page);
  const panels = await openSample(page);
  await panels.showOutline();
  await expect(panels.viewButton('Outline')).toHaveAttribute('aria-pressed', 'true');

  // Every card has its entry (h4): the occupations under their groups, then the steps between jobs.
  const cardTitles = [...SAMPLE_TITLES, ...SAMPLE_STEP_TITLES];
  await expect(panels.outlineOccupationHeadings()).toHaveCount(cardTitles.length);
  const listed = await panels.outlineOccupationHeadings().allTextContents();
  expect([...listed].sort()).toEqual([...cardTitles].sort());
  await expect(panels.outline().getByRole('heading', { level: 2 })).toHaveText([...GROUP_LABELS, 'Steps between jobs']);
  await expect(panels.outline().getByRole('list', { name: /^Where .* leads$/ }).getByRole('listitem')).toHaveCount(
    SAMPLE.transitions.length,
  );
  await expect(panels.outlineMoves('Nursing Assistant (CNA)')).toHaveText([
    /^→ Licensed Practical Nurse \(LPN\): advancement, requires Approved practical nursing \(PN\) program; Pass the NCLEX-PN exam$/,
    /^→ Medical Assistant: lateral move, requires Medical assistant certification/,
  ]);
  // Within the nursing group the ladder reads upward.
  const nursing = listed.slice(0, 3);
  expect(nursing).toEqual(['Nursing Assistant (CNA)', 'Licensed Practical Nurse (LPN)', 'Registered Nurse (RN)']);

  // Back to the map: the canvas returns with every card.
  await panels.showMap();
  await new MapViewerPage(page).expectCards(SAMPLE_TITLES);
  expect(errors).toEqual([]);
});

test('the detail panel shows a chosen occupation, and its moves lead on to others', async ({ page }) => {
  const errors = collectPageErrors(page);
  const panels = await openSample(page);
  await expect(panels.sidePanel).toContainText('Choose an occupation on the map, in the outline or by search to see its details.');

  await panels.showOutline();
  await panels.openDetailsFromOutline('Nursing Assistant (CNA)');
  await expect(panels.detailsHeading('Nursing Assistant (CNA)')).toBeFocused();
  await expect(panels.detailsTab).toHaveAttribute('aria-selected', 'true');

  await expect(panels.detailsSection('Summary')).toContainText('first rung of the nursing ladder');
  const wage = panels.detailsSection('Wage');
  await expect(wage).toContainText('$32,400 a year');
  await expect(wage).toContainText('Springfield, MA metro');
  await expect(wage).toContainText('2019');
  await expect(wage).toContainText('news release 20-1303-BOS');
  await expect(wage).toContainText('Annual wages in U.S. dollars');
  await expect(panels.detailsSection('Typical education')).toHaveText(/Postsecondary certificate/);
  await expect(panels.detailsSection('Credentials').getByRole('listitem')).toHaveCount(2);
  await expect(panels.detailsSection('Labor market')).toContainText('38,130');
  await expect(panels.detailsSection('Links').getByRole('link', { name: 'O*NET: Nursing Assistants' })).toHaveAttribute(
    'href',
    'https://www.onetonline.org/link/summary/31-1131.00',
  );
  await expect(panels.sidePanel.getByText('undefined')).toHaveCount(0);

  const leads = panels.detailsSection('Where this job leads');
  await expect(leads.getByRole('button')).toHaveText(['Licensed Practical Nurse (LPN)', 'Medical Assistant']);
  await leads.getByRole('button', { name: 'Medical Assistant' }).click();
  await expect(panels.detailsHeading('Medical Assistant')).toBeFocused();
  await expect(panels.detailsSection('Apprenticeship')).toContainText('1085CB');
  await expect(panels.detailsSection('Moves into this job').getByRole('button', { name: 'Nursing Assistant (CNA)' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the outline works from the keyboard alone', async ({ page }) => {
  const panels = await openSample(page);
  await panels.viewButton('Outline').focus();
  await page.keyboard.press('Enter');
  await expect(panels.outline()).toBeVisible();
  // The first control in the outline is the first occupation's "Show details".
  const first = panels.showDetailsButton(SAMPLE_TITLES[0]!);
  await first.focus();
  await page.keyboard.press('Tab');
  await expect(panels.showOnMapButton(SAMPLE_TITLES[0]!)).toBeFocused();
  await page.keyboard.press('Tab');
  const second = panels.outlineOccupationHeadings().nth(1);
  await expect(page.locator(':focus')).toHaveAccessibleName(`Show details of ${await second.textContent()}`);
  await page.keyboard.press('Enter');
  await expect(panels.detailsHeading((await second.textContent())!)).toBeFocused();
});

test('"Show on map" leaves the outline for the map with that occupation selected', async ({ page }) => {
  const panels = await openSample(page);
  await panels.showOutline();
  await panels.showOnMapButton('Paramedic').click();
  await expect(panels.outline()).toHaveCount(0);
  await expect(panels.viewButton('Map')).toHaveAttribute('aria-pressed', 'true');
  await expect(new MapViewerPage(page).occupationCard('Paramedic')).toBeVisible();
  await expect(panels.detailsHeading('Paramedic')).toBeVisible();
});

test('the outline, and the detail panel opened from it, have no serious accessibility violations', async ({ page }) => {
  const panels = await openSample(page);
  await panels.showOutline();
  expect(await seriousViolations(page)).toEqual([]);

  await panels.openDetailsFromOutline('Medical Assistant');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the map with the detail panel open has no serious accessibility violations', async ({ page }) => {
  const panels = await openSample(page);
  await panels.showOutline();
  await panels.openDetailsFromOutline('Medical Assistant');
  await panels.showMap();
  await new MapViewerPage(page).expectCards(SAMPLE_TITLES);
  await expect(panels.detailsHeading('Medical Assistant')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
