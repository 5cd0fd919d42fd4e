import { expect, type Page } from '@playwright/test';
import { test } from './support/test';
import { ViewerFinders } from './pages/viewer-finders';
import { ViewerRoutesPage } from './pages/viewer-routes';
import { collectPageErrors } from './support/console-errors';
import { overlap, waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_ID } from './support/sample-map';
import { middleIsUncovered } from './support/viewer-maps';

// Issue 15, "Routes": a chosen route comes into view (desktop and phone), lives in the address, and
// its words agree with its steps and with the figures the map has.

const CNA = 'Nursing Assistant (CNA)';
const LPN = 'Licensed Practical Nurse (LPN)';
const RN = 'Registered Nurse (RN)';
const ROUTE_1 = [CNA, LPN, RN];
const ON_ROUTE = /On the highlighted route/;

/** Searches for Nursing Assistant and picks it: the canvas zooms in on it (to reading zoom). */
async function searchCna(page: Page, routes: ViewerRoutesPage, pick: 'click' | 'tap'): Promise<void> {
  const finders = new ViewerFinders(page);
  await finders.searchBox.fill('CNA');
  await finders.results.getByRole('option', { name: CNA, exact: true })[pick]();
  await expect(routes.viewer.occupationCard(CNA)).toHaveAttribute('aria-current', 'true');
  await waitForMapAtRest(routes.viewer.canvas);
}

async function expectRouteInView(routes: ViewerRoutesPage, titles: readonly string[]): Promise<void> {
  await waitForMapAtRest(routes.viewer.canvas);
  const outside = (await Promise.all(titles.map((title) => routes.outsideCanvasView(title)))).flat();
  expect(outside).toEqual([]);
}

test.describe('on a wide screen (1400 × 900)', () => {
  test.use({ viewport: { width: 1400, height: 900 } });

  test('after searching CNA (zoomed in), choosing Route 1 to RN brings the whole route into view', async ({ page }) => {
    const errors = collectPageErrors(page);
    const routes = new ViewerRoutesPage(page);
    await routes.viewer.goto(SAMPLE_ID);
    await waitForMapAtRest(routes.viewer.canvas);
    await searchCna(page, routes, 'click');

    await page.getByRole('tab', { name: 'Routes' }).click();
    await routes.findRoutes(CNA, RN);
    await routes.route(1).click();
    await expect(routes.route(1)).toHaveAttribute('aria-pressed', 'true');
    await expectRouteInView(routes, ROUTE_1);
    for (const title of ROUTE_1) await expect(routes.viewer.occupationCard(title)).toHaveAccessibleDescription(ON_ROUTE);
    // Ink, not the orange the behavioral-health group is drawn in (#b86e14).
    const ring = await routes.viewer.occupationCard(LPN).locator('.occupation-card').evaluate((card) => getComputedStyle(card).boxShadow);
    expect(ring).toContain('rgb(17, 17, 17)');
    expect(errors).toEqual([]);
  });

  test('the route is in the address: reopened, it shows the same ends and route, chosen and in view', async ({ page }) => {
    const errors = collectPageErrors(page);
    const routes = new ViewerRoutesPage(page);
    await routes.open(SAMPLE_ID);
    const entries = await page.evaluate(() => history.length);
    await routes.findRoutes(CNA, RN);
    await routes.route(2).click();
    await expect(page).toHaveURL(/[?&]from=cna(&|$)/);
    await expect(page).toHaveURL(/[?&]to=rn(&|$)/);
    await expect(page).toHaveURL(/[?&]route=/);
    // Each change replaces the address: no history entry per choice.
    expect(await page.evaluate(() => history.length)).toBe(entries);

    await page.goto(page.url());
    await expect(page.getByRole('tab', { name: 'Routes' })).toHaveAttribute('aria-selected', 'true');
    expect(await routes.chosen(routes.from)).toBe(CNA);
    expect(await routes.chosen(routes.to)).toBe(RN);
    await expect(routes.route(2)).toHaveAttribute('aria-pressed', 'true');
    await expect(routes.viewer.occupationCard('Medical Assistant')).toHaveAccessibleDescription(ON_ROUTE);
    await expectRouteInView(routes, [CNA, 'Medical Assistant', LPN, RN]);

    // A link naming a job not on the map: left out, said plainly, nothing breaks.
    await page.goto(`/maps/${SAMPLE_ID}?from=nobody&to=rn&route=%5B%22x%22%5D`);
    await expect(routes.status).toContainText('This link names From “nobody”, not on this map, so it was left out.');
    expect(await routes.chosen(routes.to)).toBe(RN);
    expect(errors).toEqual([]);
  });

  test('"Where can this job lead?" from no experience lists the ways in', async ({ page }) => {
    const routes = new ViewerRoutesPage(page);
    await routes.open(SAMPLE_ID);
    await routes.from.selectOption({ label: 'No experience (starting out)' });
    const ways = routes.leadsTo.getByRole('list', { name: 'Ways in with no experience' });
    await expect(ways).toContainText(`CNA certificate (credential) → ${CNA}`);
    await expect(ways.getByRole('button', { name: `Find routes to ${RN}` })).toBeVisible();
    await expect(routes.leadsTo).not.toContainText('Choose a current job');
  });

  test('a sort by a figure no route has says so, and Route 2 names its registered apprenticeship', async ({ page }) => {
    const routes = new ViewerRoutesPage(page);
    await routes.open(SAMPLE_ID);
    await routes.findRoutes(CNA, RN);
    // The sample gives no move a time or a cost.
    await expect(routes.sortNote).toHaveText('No route here has time figures, so they are not in order of time: they are listed by their other figures.');
    await routes.sort.selectOption({ label: 'Cost (cheapest first)' });
    await expect(routes.sortNote).toHaveText('No route here has cost figures, so they are not in order of cost: they are listed by their other figures.');
    await routes.sort.selectOption({ label: 'Wage gain (biggest first)' });
    await expect(routes.sortNote).toBeHidden();

    // Its step says Medical Assistant has a registered apprenticeship: the summary agrees.
    await expect(routes.route(2)).toContainText('Apprenticeship: Medical Assistant has a registered apprenticeship');
    await routes.route(2).click();
    await expect(routes.details(2)).toContainText('Medical Assistant has a registered apprenticeship; starting pay not on file.');
    await expect(routes.details(2)).not.toContainText(/Earn while you learn\s*none/);
  });
});

test.describe('on a phone (390 × 844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('choosing Route 1 folds the sheet and fits the route in the map, uncovered; its steps are a tap away', async ({ page }) => {
    const errors = collectPageErrors(page);
    const routes = new ViewerRoutesPage(page);
    await routes.viewer.goto(SAMPLE_ID);
    await waitForMapAtRest(routes.viewer.canvas);
    await searchCna(page, routes, 'tap');

    await expect(routes.sheetHandle).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('tab', { name: 'Routes' }).tap();
    await routes.findRoutes(CNA, RN);
    await routes.route(1).tap();
    await expect(routes.sheetHandle).toHaveAttribute('aria-expanded', 'false');
    // Focus is not lost with the folded sheet: it lands on the handle that unfolds it.
    await expect(routes.sheetHandle).toBeFocused();
    await expectRouteInView(routes, ROUTE_1);
    const sheet = (await page.getByRole('complementary', { name: 'Occupation details and routes' }).boundingBox())!;
    for (const title of ROUTE_1) {
      const card = routes.viewer.occupationCard(title);
      expect(overlap((await card.boundingBox())!, sheet), `${title} is under the sheet`).toBe(false);
      expect(await middleIsUncovered(card), `${title} is covered`).toBe(true);
    }

    await routes.sheetHandle.tap();
    await expect(routes.details(1)).toBeVisible();
    expect(errors).toEqual([]);
  });
});
