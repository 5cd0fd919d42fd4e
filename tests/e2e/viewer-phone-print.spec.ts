import { devices, expect, type Locator, type Page } from '@playwright/test';
import { test } from './support/test';
import { generateMapJson } from '../bench/generate-map';
import { MapViewerPage } from './pages/map-viewer-page';
import { waitForMapAtRest } from './support/map-at-rest';
import { ViewerFinders } from './pages/viewer-finders';
import { ViewerSharePage } from './pages/viewer-share';
import { collectPageErrors } from './support/console-errors';
import { SAMPLE_ID, SAMPLE_TITLES } from './support/sample-map';

const CONSTRUCTION_ID = 'construction-massachusetts';
const CONSTRUCTION_TITLES = [
  'Construction Laborer',
  "Electrician's Helper",
  'Electrician',
  'Carpenter',
  'Plumber, Pipefitter or Steamfitter',
  'HVAC and Refrigeration Mechanic',
  'First-Line Construction Supervisor',
];
const CNA = 'Nursing Assistant (CNA)';
const LPN = 'Licensed Practical Nurse (LPN)';
// A card at reading zoom shows its wage in words (or says it is not known).
const WAGE_WORDS = /\$[\d,.]+.* (a year|an hour)|Wage not known/;

/** The legend's fold (a <summary>, which has no ARIA role of its own) and its list of groups. */
const legendToggle = (page: Page) => page.locator('.map-legend summary', { hasText: 'Legend' });
const legendGroups = (page: Page) => page.getByRole('list', { name: 'Groups' });

async function openMap(page: Page, mapId: string, titles: readonly string[]): Promise<MapViewerPage> {
  const viewer = new MapViewerPage(page);
  await viewer.goto(mapId);
  for (const title of titles) await expect(viewer.occupationCard(title)).toBeAttached();
  await waitForMapAtRest(viewer.canvas);
  return viewer;
}

/** Whether what a finger or eye finds at the card's middle is the card itself (nothing covers it). */
function middleIsUncovered(card: Locator): Promise<boolean> {
  return card.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const found = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return found !== null && element.contains(found);
  });
}

/** The card's own box on the card (its details, when shown, are inside it). */
const cardBox = (card: Locator) => card.locator('.occupation-card');

test.describe('on a phone (iPhone 13)', () => {
  // Playwright's device list names a browser per device; these tests run in the configured Chromium.
  const { defaultBrowserType: _browser, ...iPhone } = devices['iPhone 13'];
  test.use(iPhone);

  test('the map actions take one row that scrolls sideways, so the map starts higher; the page itself never scrolls sideways', async ({ page }) => {
    await openMap(page, SAMPLE_ID, SAMPLE_TITLES);
    const actions = page.getByRole('toolbar', { name: 'Map actions' });
    const editLink = actions.getByRole('link', { name: 'Edit map' });
    const mapButton = actions.getByRole('button', { name: 'Map', exact: true });
    const [first, last] = [await mapButton.boundingBox(), await editLink.boundingBox()];
    // One row: the last action sits level with the first (it is reached by scrolling the row).
    expect(Math.abs(last!.y - first!.y)).toBeLessThan(4);
    await editLink.scrollIntoViewIfNeeded();
    await expect(editLink).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The row scrolls inside the screen's width: it does not widen the header (the title would be cut off).
    const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(heading.x + heading.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  });

  test('the legend starts folded, so it covers no card, and the reader can open it', async ({ page }) => {
    const errors = collectPageErrors(page);
    const viewer = await openMap(page, CONSTRUCTION_ID, CONSTRUCTION_TITLES);
    await expect(legendToggle(page)).toBeVisible();
    await expect(legendGroups(page)).toBeHidden();

    await viewer.canvas.scrollIntoViewIfNeeded();
    for (const title of CONSTRUCTION_TITLES) {
      await expect(viewer.occupationCard(title)).toBeInViewport();
      expect(await middleIsUncovered(viewer.occupationCard(title)), `${title} is covered`).toBe(true);
    }

    await legendToggle(page).tap();
    await expect(legendGroups(page)).toBeVisible();
    await expect(legendGroups(page)).toContainText('Electrical');
    await legendToggle(page).tap();
    await expect(legendGroups(page)).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('choosing a search result brings the canvas, centred on its card, into view', async ({ page }) => {
    // A short screen (a phone held sideways, or with its keyboard up): the canvas starts below the fold.
    await page.setViewportSize({ width: 390, height: 480 });
    const viewer = await openMap(page, CONSTRUCTION_ID, CONSTRUCTION_TITLES);
    const finders = new ViewerFinders(page);
    const share = new ViewerSharePage(page);
    const electrician = viewer.occupationCard('Electrician');
    await expect(electrician).not.toBeInViewport();

    await finders.searchBox.fill('electr');
    await finders.results.getByRole('option', { name: 'Electrician', exact: true }).tap();
    await expect(electrician).toHaveAttribute('aria-current', 'true');
    await expect(viewer.canvas).toBeInViewport({ ratio: 0.95 });
    await expect(electrician).toBeInViewport();
    // Its details open in the bottom sheet; closed again, the sheet leaves the card on screen, uncovered.
    await expect(share.panel.getByRole('heading', { name: 'Electrician', exact: true })).toBeVisible();
    await share.sheetHandle.tap();
    await expect(share.sheetHandle).toHaveAttribute('aria-expanded', 'false');
    await expect(electrician).toBeInViewport();
    await expect.poll(() => middleIsUncovered(electrician)).toBe(true);
  });
});

test.describe('on a wide screen', () => {
  test('the legend starts open, as before', async ({ page }) => {
    await openMap(page, CONSTRUCTION_ID, CONSTRUCTION_TITLES);
    await expect(legendGroups(page)).toBeVisible();
  });

  test('with the canvas in view, choosing a search result centres its card and scrolls nothing', async ({ page }) => {
    const viewer = await openMap(page, CONSTRUCTION_ID, CONSTRUCTION_TITLES);
    const finders = new ViewerFinders(page);
    const scrolled = () => page.evaluate(() => [window.scrollY, document.querySelector('.app-main')?.scrollTop ?? 0]);
    const before = await scrolled();
    await finders.searchBox.fill('carpenter');
    await finders.results.getByRole('option', { name: 'Carpenter', exact: true }).click();
    await expect(viewer.occupationCard('Carpenter')).toHaveAttribute('aria-current', 'true');
    await expect(viewer.occupationCard('Carpenter')).toBeInViewport();
    // The page scrolls (if at all) as the centring starts: once the glide to the card is over, a
    // smooth scroll would be under way.
    await waitForMapAtRest(viewer.canvas);
    expect(await scrolled()).toEqual(before);
  });
});

test.describe('printing', () => {
  test('Ctrl+P right after opening prints every card with its details, not only its title', async ({ page }) => {
    const errors = collectPageErrors(page);
    const viewer = await openMap(page, SAMPLE_ID, SAMPLE_TITLES);
    // On screen the whole map is fitted, too far out for details: the cards show their titles only.
    await expect(viewer.occupationCard(CNA)).toBeVisible();
    await expect(viewer.occupationCard(CNA).getByText(WAGE_WORDS)).toHaveCount(0);

    await page.emulateMedia({ media: 'print' });
    // The browser lays the page out for paper right after beforeprint: the details must be drawn by then.
    const drawnAtOnce = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const card = [...document.querySelectorAll('.react-flow__node')].find((node) => node.textContent?.includes('Nursing Assistant (CNA)'));
      return card?.textContent ?? '';
    });
    expect(drawnAtOnce).toContain('$32,400 a year');

    const cna = viewer.occupationCard(CNA);
    await expect(cna.getByText('$32,400 a year')).toBeVisible();
    await expect(cna.getByText('Postsecondary certificate')).toBeVisible();
    for (const title of SAMPLE_TITLES) {
      await expect(viewer.occupationCard(title).getByText(WAGE_WORDS)).toBeVisible();
    }
    // Still the whole map on the page, details and all.
    const canvas = await viewer.canvas.boundingBox();
    for (const title of SAMPLE_TITLES) {
      const card = await viewer.occupationCard(title).boundingBox();
      expect(card, `${title} is printed`).not.toBeNull();
      expect(card!.x).toBeGreaterThanOrEqual(canvas!.x);
      expect(card!.y).toBeGreaterThanOrEqual(canvas!.y);
      expect(card!.x + card!.width).toBeLessThanOrEqual(canvas!.x + canvas!.width);
      expect(card!.y + card!.height).toBeLessThanOrEqual(canvas!.y + canvas!.height);
    }

    // After printing, the screen is as it was: titles only at this zoom.
    await new ViewerSharePage(page).finishPrinting();
    await page.emulateMedia({ media: 'screen' });
    await expect(viewer.occupationCard(CNA).getByText(WAGE_WORDS)).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('"Print map" prints the details too, and every arrow still ends at the middle of its card', async ({ page }) => {
    const viewer = await openMap(page, SAMPLE_ID, SAMPLE_TITLES);
    const share = new ViewerSharePage(page);
    await share.stubPrintDialog();
    await page.emulateMedia({ media: 'print' });
    // Measured straight after the click, before the browser would lay the page out for paper: the cards
    // have grown by their details, and each arrow must end where its card's left edge now has its middle
    // (not where the title-only card's middle was).
    const printed = await page.evaluate(() => {
      [...document.querySelectorAll('button')].find((button) => button.textContent === 'Print map')?.click();
      const cards = [...document.querySelectorAll('.react-flow__node')].map((node) => ({
        box: node.getBoundingClientRect(),
        text: node.textContent ?? '',
      }));
      const misses = [...document.querySelectorAll<SVGPathElement>('path.react-flow__edge-path')].map((path) => {
        const end = path.getPointAtLength(path.getTotalLength()).matrixTransform(path.getScreenCTM() ?? undefined);
        const target = cards.find(({ box }) => Math.abs(box.left - end.x) < 6 && end.y > box.top && end.y < box.bottom);
        return target ? Math.abs(end.y - (target.box.top + target.box.height / 2)) : Number.POSITIVE_INFINITY;
      });
      return { misses, texts: cards.map((card) => card.text) };
    });
    expect(await share.printedKinds()).toEqual(['map']);
    expect(printed.texts).toHaveLength(SAMPLE_TITLES.length);
    for (const text of printed.texts) expect(text).toMatch(WAGE_WORDS);
    expect(printed.misses.length).toBeGreaterThan(0);
    for (const miss of printed.misses) expect(miss).toBeLessThan(0.5);
    await expect(viewer.occupationCard(LPN).getByText(WAGE_WORDS)).toBeVisible();
    await share.finishPrinting();
  });

  test('the selected card prints without its selection ring', async ({ page }) => {
    const viewer = await openMap(page, SAMPLE_ID, SAMPLE_TITLES);
    const finders = new ViewerFinders(page);
    await finders.searchBox.fill('registered nurse');
    await finders.result('Registered Nurse (RN)').click();
    const rn = viewer.occupationCard('Registered Nurse (RN)');
    await expect(rn).toHaveAttribute('aria-current', 'true');
    await expect(cardBox(rn)).toHaveCSS('outline-style', 'solid');

    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(cardBox(rn)).toHaveCSS('outline-style', 'none');
    await expect(cardBox(rn)).toHaveCSS('box-shadow', 'none');
    await expect(rn.getByText(WAGE_WORDS)).toBeVisible();

    await new ViewerSharePage(page).finishPrinting();
    await page.emulateMedia({ media: 'screen' });
    await expect(cardBox(rn)).toHaveCSS('outline-style', 'solid');
  });

  test('on a phone, the printed map has its legend open', async ({ browser }) => {
    const { defaultBrowserType: _browser, ...iPhone } = devices['iPhone 13'];
    const context = await browser.newContext(iPhone);
    try {
      const page = await context.newPage();
      await openMap(page, CONSTRUCTION_ID, CONSTRUCTION_TITLES);
      await expect(legendGroups(page)).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await expect(legendGroups(page)).toBeVisible();
      await new ViewerSharePage(page).finishPrinting();
      await page.emulateMedia({ media: 'screen' });
      // Folded again, as the reader left it.
      await expect(legendGroups(page)).toBeHidden();
    } finally {
      await context.close();
    }
  });

  test('a large map prints as the screen draws it: its cards keep to their titles', async ({ page }) => {
    test.slow(); // three times the usual limit (which grows with E2E_CPU_THROTTLE)
    await page.goto('/');
    await new MapViewerPage(page).importFile('large.json', JSON.stringify(generateMapJson(400)));
    const viewer = new MapViewerPage(page);
    await expect(viewer.heading()).toHaveText(/./);
    await waitForMapAtRest(viewer.canvas, { timeout: 60_000 });
    // Zoomed in from the overview until real cards are drawn, still too far out for details.
    const hint = page.getByText('Seen from afar, cards are drawn as blocks');
    for (let step = 0; step < 8 && (await hint.count()) > 0; step += 1) {
      await page.getByRole('button', { name: 'Zoom In' }).click();
    }
    await expect(hint).toHaveCount(0);
    const cards = viewer.canvas.locator('.react-flow__node');
    await expect(cards.first()).toBeVisible();
    await expect(cards.getByText(WAGE_WORDS)).toHaveCount(0);

    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(cards.first()).toBeVisible();
    await expect(cards.getByText(WAGE_WORDS)).toHaveCount(0);
    await new ViewerSharePage(page).finishPrinting();
  });
});
