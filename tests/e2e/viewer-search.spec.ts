import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './support/test';
import { seriousViolations } from './support/axe';
import { MapViewerPage } from './pages/map-viewer-page';
import { ViewerFinders } from './pages/viewer-finders';
import { collectPageErrors } from './support/console-errors';
import { holdLayout } from './support/hold-layout';
import { waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_ID, SAMPLE_TITLES } from './support/sample-map';

const CNA = 'Nursing Assistant (CNA)';
const RN = 'Registered Nurse (RN)';
const APPRENTICEABLE = ['Medical Assistant', 'Medical and Clinical Laboratory Technician'];
const WHITE = 'rgb(255, 255, 255)';
const GREYED = 'rgb(228, 231, 235)';

async function openSample(page: Page) {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await viewer.expectCards(SAMPLE_TITLES);
  // Wait for the laid-out canvas (the viewer swaps its quick placement for elk's once it arrives).
  await waitForMapAtRest(viewer.canvas);
  const finders = new ViewerFinders(page);
  await finders.openFilters();
  return { viewer, finders };
}

/** How far a card's centre is from the canvas's centre, in pixels. */
async function offCentre(card: Locator, canvas: Locator): Promise<number> {
  const [box, frame] = await Promise.all([card.boundingBox(), canvas.boundingBox()]);
  if (!box || !frame) return Number.POSITIVE_INFINITY;
  return Math.hypot(box.x + box.width / 2 - (frame.x + frame.width / 2), box.y + box.height / 2 - (frame.y + frame.height / 2));
}

test('a typo still finds the nursing assistant; choosing it centres and selects its card', async ({ page }) => {
  const errors = collectPageErrors(page);
  const { viewer, finders } = await openSample(page);
  const card = viewer.occupationCard(CNA);
  await expect(card).not.toHaveAttribute('aria-current', 'true');

  await finders.searchBox.fill('nursng asistant');
  await expect(finders.result(CNA)).toBeVisible();
  await expect(finders.searchBox).toHaveAttribute('aria-expanded', 'true');
  await finders.searchBox.press('ArrowDown');
  await expect(finders.result(CNA)).toHaveAttribute('aria-selected', 'true');
  await finders.searchBox.press('Enter');

  await expect(finders.results).toBeHidden();
  await expect(card).toBeInViewport();
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card).toHaveAccessibleDescription(/^Selected\./);
  await expect(card).toHaveClass(/\bselected\b/);
  // Centred on the canvas, and close enough to read (the canvas zooms in to at least 100 %).
  await waitForMapAtRest(viewer.canvas);
  expect(await offCentre(card, viewer.canvas)).toBeLessThan(12);
  await expect(viewer.occupationCard(RN)).not.toHaveAttribute('aria-current', 'true');

  // Fit View shows the whole map again, and the chosen card does not pull the view back.
  // (Centring again would keep the canvas busy with a glide back to the card.)
  await page.getByRole('button', { name: 'Fit View' }).click();
  await waitForMapAtRest(viewer.canvas);
  await viewer.expectCards(SAMPLE_TITLES);
  await expect(card).toHaveAttribute('aria-current', 'true');
  expect(errors).toEqual([]);
});

test('a card chosen before the layout lands is centred again once it has', async ({ page }) => {
  const layout = await holdLayout(page);
  const viewer = new MapViewerPage(page);
  const finders = new ViewerFinders(page);
  await viewer.goto(SAMPLE_ID);
  const layingOut = page.getByRole('status').filter({ hasText: 'Laying out' });
  await expect(layingOut).toBeVisible();
  await finders.searchBox.fill('29-1141');
  await finders.result(RN).click();
  await expect.poll(() => offCentre(viewer.occupationCard(RN), viewer.canvas)).toBeLessThan(12);

  layout.release();
  // The layout itself takes seconds on a busy machine: wait on the canvas's own "at rest".
  await waitForMapAtRest(viewer.canvas);
  await expect(layingOut).toHaveCount(0);
  await expect(viewer.occupationCard(RN)).toHaveAttribute('aria-current', 'true');
  expect(await offCentre(viewer.occupationCard(RN), viewer.canvas)).toBeLessThan(12);
});

test('a SOC code or a credential finds its card, saying what matched; nonsense says nothing matches', async ({ page }) => {
  const { viewer, finders } = await openSample(page);

  await finders.searchBox.fill('29-1141');
  await expect(finders.result(RN)).toContainText('SOC 29-1141.00');
  await finders.result(RN).click();
  await expect(viewer.occupationCard(RN)).toHaveAttribute('aria-current', 'true');
  await waitForMapAtRest(viewer.canvas);
  expect(await offCentre(viewer.occupationCard(RN), viewer.canvas)).toBeLessThan(12);

  // The two licences' own cards and the two jobs that ask for them.
  await finders.searchBox.fill('NCLEX');
  await expect(finders.results.getByRole('option')).toHaveCount(4);
  await expect(finders.result('Licensed Practical Nurse (LPN)')).toContainText('Credential: Massachusetts LPN license');
  await expect(finders.results.getByRole('option', { name: /^NCLEX-PN Credential · License/ })).toBeVisible();
  await expect(finders.results.getByRole('option', { name: /^NCLEX-RN Credential · License/ })).toBeVisible();

  await finders.searchBox.fill('xyzzy');
  await expect(page.getByRole('status').filter({ hasText: 'No card matches “xyzzy”.' })).toBeVisible();
  await expect(finders.results).toBeHidden();

  // Escape closes the list, a second Escape empties the box.
  await finders.searchBox.fill('paramedic');
  await expect(finders.result('Paramedic')).toBeVisible();
  await finders.searchBox.press('Escape');
  await expect(finders.results).toBeHidden();
  await expect(finders.searchBox).toHaveValue('paramedic');
  await finders.searchBox.press('Escape');
  await expect(finders.searchBox).toHaveValue('');
});

test('"Apprenticeable" dims the other cards without removing any; clearing its chip undims them', async ({ page }) => {
  const errors = collectPageErrors(page);
  const { viewer, finders } = await openSample(page);
  const nurse = viewer.occupationCard(RN);
  await expect(nurse).not.toHaveAccessibleDescription(/Does not match the filters/);

  await finders.filterToggle('Apprenticeable').click();
  await expect(finders.filterToggle('Apprenticeable')).toHaveAttribute('aria-pressed', 'true');
  await expect(finders.matchCount).toHaveText(`${APPRENTICEABLE.length} of ${SAMPLE_TITLES.length} occupations match`);
  await expect(finders.activeFilters.getByRole('listitem')).toHaveText(['Apprenticeable']);

  // Every card is still drawn; the ones that do not match are greyed out, dashed and described so.
  // (The open filter bar took height from the map: "Fit View" shows it whole again.)
  await viewer.canvas.getByRole('button', { name: 'Fit View' }).click();
  await waitForMapAtRest(viewer.canvas);
  await viewer.expectCards(SAMPLE_TITLES);
  for (const title of SAMPLE_TITLES) {
    const card = viewer.occupationCard(title);
    if (APPRENTICEABLE.includes(title)) {
      await expect(card).not.toHaveAccessibleDescription(/Does not match the filters/);
      await expect(card.locator('.occupation-card')).toHaveCSS('background-color', WHITE);
      await expect(card.locator('.occupation-card')).toHaveCSS('border-top-style', 'solid');
    } else {
      await expect(card).toHaveAccessibleDescription(/Does not match the filters\./);
      await expect(card.locator('.occupation-card')).toHaveCSS('background-color', GREYED);
      await expect(card.locator('.occupation-card')).toHaveCSS('border-top-style', 'dashed');
    }
  }

  await finders.clearFilterChip('Apprenticeable').click();
  await expect(finders.activeFilters).toHaveCount(0);
  await expect(finders.filterToggle('Apprenticeable')).toHaveAttribute('aria-pressed', 'false');
  await expect(nurse).not.toHaveAccessibleDescription(/Does not match the filters/);
  await expect(nurse.locator('.occupation-card')).toHaveCSS('background-color', WHITE);
  expect(errors).toEqual([]);
});

test("the level filter offers the map's levels and dims the cards at other levels; its chip clears it", async ({ page }) => {
  const { viewer, finders } = await openSample(page);
  const level = page.getByRole('combobox', { name: 'Level' });
  await expect(level.getByRole('option')).toHaveText(['Any level', 'Entry level', 'Middle level', 'Advanced level']);

  await level.selectOption({ label: 'Middle level' });
  // The LPN, the paramedic and the lab technician are the sample's middle-level jobs.
  await expect(finders.matchCount).toHaveText(`3 of ${SAMPLE_TITLES.length} occupations match`);
  await expect(finders.activeFilters.getByRole('listitem')).toHaveText(['Level: Middle level']);
  await expect(viewer.occupationCard('Paramedic')).not.toHaveAccessibleDescription(/Does not match the filters/);
  await expect(viewer.occupationCard(CNA)).toHaveAccessibleDescription(/Does not match the filters\./);
  await expect(viewer.occupationCard(CNA).locator('.occupation-card')).toHaveCSS('background-color', GREYED);

  await finders.clearFilterChip('Level: Middle level').click();
  await expect(finders.activeFilters).toHaveCount(0);
  await expect(level).toHaveValue('');
  await expect(viewer.occupationCard(CNA)).not.toHaveAccessibleDescription(/Does not match the filters/);
  await expect(viewer.occupationCard(CNA).locator('.occupation-card')).toHaveCSS('background-color', WHITE);
});

test('a wage floor counts yearly wages at 2,080 hours; "Clear filters" turns everything off', async ({ page }) => {
  const { viewer, finders } = await openSample(page);

  await finders.wageFloor.fill('25');
  // LPN ($57,110 a year ≈ $27.46), RN ($82,650 ≈ $39.74) and paramedic ($53,180 ≈ $25.57) clear $25 an hour;
  // six jobs have no wage on file, which is not a wage under the floor.
  await expect(finders.matchCount).toHaveText(`3 of ${SAMPLE_TITLES.length} occupations match; 6 have no wage on file (shown, marked not known)`);
  await expect(finders.activeFilters.getByRole('listitem')).toHaveText(['At least $25 an hour']);
  await expect(viewer.occupationCard(CNA)).toHaveAccessibleDescription(/Does not match the filters/);
  await expect(viewer.occupationCard('Paramedic')).not.toHaveAccessibleDescription(/Does not match the filters/);

  await finders.filterToggle('High growth').click();
  await expect(finders.activeFilters.getByRole('listitem')).toHaveText(['High growth', 'At least $25 an hour']);

  await finders.wageFloor.fill('twenty');
  await expect(finders.wageFloor).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter an hourly wage in dollars, 0 or more.')).toBeVisible();
  await expect(finders.activeFilters.getByRole('listitem')).toHaveText(['High growth']);

  await finders.wageFloor.fill('25');
  await finders.clearAllFilters().click();
  await expect(finders.activeFilters).toHaveCount(0);
  await expect(finders.wageFloor).toHaveValue('');
  await expect(finders.filterToggle('High growth')).toHaveAttribute('aria-pressed', 'false');
  await expect(viewer.occupationCard(CNA)).not.toHaveAccessibleDescription(/Does not match the filters/);
});

test('clicking a card or pressing Enter on it selects it', async ({ page }) => {
  const { viewer } = await openSample(page);
  const paramedic = viewer.occupationCard('Paramedic');
  await paramedic.click();
  await expect(paramedic).toHaveAttribute('aria-current', 'true');

  const nurse = viewer.occupationCard(RN);
  await nurse.focus();
  await page.keyboard.press('Enter');
  await expect(nurse).toHaveAttribute('aria-current', 'true');
  await expect(nurse).toHaveAccessibleDescription(/^Selected\./);
  await expect(paramedic).not.toHaveAttribute('aria-current', 'true');
  // The viewer is read-only: Backspace or Delete never removes a card from it.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await expect(nurse).toBeVisible();
});

test('search results and active filters have no serious accessibility violations', async ({ page }) => {
  const { finders } = await openSample(page);
  await finders.filterToggle('No degree needed').click();
  await finders.searchBox.fill('nurse');
  await expect(finders.results).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
