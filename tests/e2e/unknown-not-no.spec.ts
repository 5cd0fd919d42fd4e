import { expect, type Page } from '@playwright/test';
import { test } from './support/test';
import { ViewerFinders } from './pages/viewer-finders';
import { ViewerPanels } from './pages/viewer-panels';
import { CONSTRUCTION_ID, CONSTRUCTION_TITLES, importMap, openMap } from './support/viewer-maps';

// Issue 15: a filter must never read "not on file" as "no", and pay is shown in both units.

const ELECTRICIAN = 'Electrician';
const PLUMBER = 'Plumber, Pipefitter or Steamfitter';
const ROOFER = 'Roofer';
const HVAC = 'HVAC and Refrigeration Mechanic';
const NOT_KNOWN_EDUCATION = 'Not known for the filters: no education on file';

const matchLine = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ of \d+ occupations? match/ });
const includeToggle = (page: Page) => page.getByRole('button', { name: 'Include cards with no figure on file' });
const panelsFor = (page: Page) => new ViewerPanels(page, 'Construction careers in Massachusetts');

/** The search result whose title is exactly this ("Electrician", not "Electrician's Helper"). */
const resultTitled = (page: Page, title: string) =>
  new ViewerFinders(page).results.getByRole('option').filter({ has: page.getByText(title, { exact: true }) });

async function chooseBySearch(page: Page, title: string): Promise<void> {
  await new ViewerFinders(page).searchBox.fill(title);
  await resultTitled(page, title).click();
}

test('construction: "Apprenticeable" and "No degree needed" say which trades have no education on file, and show them as not known', async ({ page }) => {
  const viewer = await openMap(page, CONSTRUCTION_ID, CONSTRUCTION_TITLES);
  const finders = new ViewerFinders(page);
  await finders.openFilters();
  await finders.filterToggle('Apprenticeable').click();
  await finders.filterToggle('No degree needed').click();

  // HVAC is the one trade with a postsecondary certificate on file; four other apprenticeable trades have no education on file.
  await expect(matchLine(page)).toHaveText('1 of 13 occupations matches; 4 have no education on file (shown, marked not known)');
  await expect(includeToggle(page)).toHaveAttribute('aria-pressed', 'true');
  const electrician = viewer.occupationCard(ELECTRICIAN);
  await expect(electrician).toHaveAccessibleDescription(new RegExp(`^${NOT_KNOWN_EDUCATION}\\.`));
  await expect(electrician).not.toHaveAccessibleDescription(/Does not match/);
  await expect(electrician).not.toHaveClass(/occupation-node--dimmed/);
  await expect(viewer.occupationCard(HVAC)).not.toHaveAccessibleDescription(/filters/);
  // A job with no apprenticeship listed is a plain non-match.
  await expect(viewer.occupationCard(ROOFER)).toHaveAccessibleDescription(/^Does not match the filters\./);
  await expect(viewer.occupationCard(ROOFER)).toHaveClass(/occupation-node--dimmed/);

  // Leaving them out dims them, and still says why: not known, not "no".
  await includeToggle(page).click();
  await expect(includeToggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(matchLine(page)).toHaveText('1 of 13 occupations matches; 4 have no education on file (left out)');
  await expect(electrician).toHaveClass(/occupation-node--dimmed/);
  await expect(electrician).toHaveAccessibleDescription(new RegExp(`^${NOT_KNOWN_EDUCATION}\\.`));

  // The outline and search say the same.
  await finders.searchBox.fill(ELECTRICIAN);
  await expect(resultTitled(page, ELECTRICIAN)).toContainText(NOT_KNOWN_EDUCATION);
  await finders.searchBox.fill('');
  const panels = panelsFor(page);
  await panels.showOutline();
  await expect(panels.outline().getByRole('heading', { level: 4, name: new RegExp(`^${ELECTRICIAN} ?, ?${NOT_KNOWN_EDUCATION}$`) })).toBeVisible();
  await expect(panels.outline().getByRole('heading', { level: 4, name: new RegExp(`^${ROOFER} ?, ?Does not match the filters$`) })).toBeVisible();
});

test('construction: a minimum wage says how many have no wage on file, and the details say "Wage not known"', async ({ page }) => {
  const viewer = await openMap(page, CONSTRUCTION_ID, CONSTRUCTION_TITLES);
  const finders = new ViewerFinders(page);
  await finders.openFilters();
  await finders.wageFloor.fill('20');
  await expect(matchLine(page)).toHaveText('9 of 13 occupations match; 2 have no wage on file (shown, marked not known)');
  await expect(viewer.occupationCard(PLUMBER)).toHaveAccessibleDescription(/^Not known for the filters: no wage on file\./);
  await expect(viewer.occupationCard(PLUMBER)).not.toHaveClass(/occupation-node--dimmed/);

  // The card says "Wage not known"; so does its details' wage section, rather than leaving it out.
  await chooseBySearch(page, PLUMBER);
  await expect(viewer.occupationCard(PLUMBER)).toContainText('Wage not known');
  await expect(panelsFor(page).detailsSection('Wage')).toContainText('Wage not known: this map has no wage figure on file for this job.');
});

test('pay: a yearly wage with its hourly figure on the card and in the details', async ({ page }) => {
  const viewer = await openMap(page, CONSTRUCTION_ID, CONSTRUCTION_TITLES);
  await chooseBySearch(page, ELECTRICIAN);
  // $56,650 ÷ 2,080 hours = $27.24.
  await expect(viewer.occupationCard(ELECTRICIAN)).toContainText('$56,650 a year (mean), about $27.24 an hour');
  await expect(panelsFor(page).detailsSection('Wage')).toContainText('$56,650 a year (mean), about $27.24 an hour at 2,080 hours a year');
});

const APPRENTICE_MAP = {
  schemaVersion: 2,
  id: 'apprentice-pay',
  title: 'Apprenticeship pay',
  occupations: [
    {
      id: 'apprentice',
      title: 'Electrician Apprentice',
      level: 'entry',
      wage: { amount: 21, unit: 'hour', statistic: 'median' },
      apprenticeship: { registered: true, programs: [{ name: 'IBEW Local 7 inside wireman', startingWage: 18 }] },
    },
  ],
  transitions: [],
};

test('pay: an hourly wage with its yearly figure, and an apprenticeship with its starting pay on the card and in the details', async ({ page }) => {
  const viewer = await importMap(page, APPRENTICE_MAP, ['Electrician Apprentice']);
  await chooseBySearch(page, 'Electrician Apprentice');
  const card = viewer.occupationCard('Electrician Apprentice');
  await expect(card).toContainText('$21.00 an hour (median), about $43,680 a year');
  await expect(card).toContainText('Registered apprenticeship, starting pay $18.00 an hour');
  await expect(card).toHaveAccessibleDescription(/Registered apprenticeship, starting pay \$18\.00 an hour/);
  const panels = new ViewerPanels(page, APPRENTICE_MAP.title);
  await expect(panels.detailsSection('Apprenticeship')).toContainText('Starting pay: $18.00 an hour, about $37,440 a year at 2,080 hours a year');
  await expect(panels.detailsSection('Wage')).toContainText('$21.00 an hour (median), about $43,680 a year at 2,080 hours a year');
});
