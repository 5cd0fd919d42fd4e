import { devices, expect } from '@playwright/test';
import { test } from './support/test';
import { seriousViolations } from './support/axe';
import { MapViewerPage } from './pages/map-viewer-page';
import { ViewerFinders } from './pages/viewer-finders';
import { ViewerSharePage } from './pages/viewer-share';
import { collectPageErrors } from './support/console-errors';
import { waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_ID, SAMPLE_TITLES } from './support/sample-map';
import { openManufacturingFilters, scrollsSideways } from './support/viewer-filters-map';
import { CONSTRUCTION_ID, CONSTRUCTION_TITLES, TRADES, importMap, legendGroups, legendToggle, middleIsUncovered, openMap } from './support/viewer-maps';

// The viewer on a phone (and, for contrast, on a wide screen): what fits, what folds, what a finger reaches.

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

    // It opens on the start of the map, legible (first-glance.spec.ts); the reader asks for all of it
    // and scrolls the whole map into view: centred, it clears the closed sheet at the bottom.
    await viewer.canvas.getByRole('button', { name: 'Fit View' }).tap();
    await waitForMapAtRest(viewer.canvas);
    await viewer.canvas.evaluate((canvas) => canvas.scrollIntoView({ block: 'center' }));
    for (const title of CONSTRUCTION_TITLES) {
      await expect(viewer.occupationCard(title)).toBeInViewport();
      await expect.poll(() => middleIsUncovered(viewer.occupationCard(title)), { message: `${title} is covered` }).toBe(true);
    }

    await legendToggle(page).tap();
    await expect(legendGroups(page)).toBeVisible();
    await expect(legendGroups(page)).toContainText('Electrical');
    await legendToggle(page).tap();
    await expect(legendGroups(page)).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('choosing a search result brings the canvas, centred on its card, into view', async ({ page }) => {
    // A short screen (a phone held sideways, or with its keyboard up): the canvas runs below the fold.
    await page.setViewportSize({ width: 390, height: 400 });
    const viewer = await openMap(page, CONSTRUCTION_ID, CONSTRUCTION_TITLES);
    const finders = new ViewerFinders(page);
    const share = new ViewerSharePage(page);
    const electrician = viewer.occupationCard('Electrician');
    await expect(viewer.canvas).not.toBeInViewport({ ratio: 0.95 });

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
  test('the legend starts folded too (open, it covered cards), and the reader can open it', async ({ page }) => {
    await openMap(page, CONSTRUCTION_ID, CONSTRUCTION_TITLES);
    await expect(legendToggle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(legendGroups(page)).toBeHidden();
    await legendToggle(page).click();
    await expect(legendToggle(page)).toHaveAttribute('aria-expanded', 'true');
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

test.describe('on a phone (390 × 844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the panel is a bottom sheet, and a card can be tapped', async ({ page }) => {
    // The heading, toolbar and finders come first; the canvas is scrolled to, as a user would.
    await importMap(page, TRADES, []);
    const share = new ViewerSharePage(page);
    const viewer = new MapViewerPage(page);

    const closed = await share.panel.boundingBox();
    expect(closed).not.toBeNull();
    expect(closed!.x).toBe(0);
    expect(closed!.width).toBe(390);
    expect(Math.round(closed!.y + closed!.height)).toBe(844);
    await expect(share.sheetHandle).toHaveAttribute('aria-expanded', 'false');
    await expect(share.panel.getByRole('tab', { name: 'Details' })).toBeHidden();

    await share.sheetHandle.tap();
    await expect(share.sheetHandle).toHaveAttribute('aria-expanded', 'true');
    await expect(share.panel.getByRole('tab', { name: 'Details' })).toBeVisible();
    const open = await share.panel.boundingBox();
    expect(open!.height).toBeLessThanOrEqual(844 * 0.6 + 1);
    expect(Math.round(open!.y + open!.height)).toBe(844);
    await share.sheetHandle.tap();
    await expect(share.sheetHandle).toHaveAttribute('aria-expanded', 'false');

    // Touch targets: every toolbar control is at least 44 px tall and wide.
    for (const control of await share.toolbar.getByRole('button').all()) {
      const box = await control.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.width).toBeGreaterThanOrEqual(44);
    }

    // Scrolled to the end, the canvas gets most of the screen, and the closed sheet does not cover it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const canvas = await viewer.canvas.boundingBox();
    expect(canvas!.height).toBeGreaterThan(844 * 0.5);
    expect(canvas!.y + canvas!.height).toBeLessThanOrEqual(closed!.y + 1);

    // A tap reaches the card (nothing covers it) and opens the sheet on its details.
    const card = viewer.occupationCard('Electrician Apprentice');
    await expect(card).toBeInViewport();
    await card.tap();
    await expect(share.sheetHandle).toHaveAttribute('aria-expanded', 'true');
    await expect(share.panel.getByRole('heading', { name: 'Electrician Apprentice' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('filters on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('an absurd wage floor says what the limit is and is not applied; the page never scrolls sideways', async ({ page }) => {
    const { finders } = await openManufacturingFilters(page);
    expect(await scrollsSideways(page)).toBe(false);

    await finders.wageFloor.fill('9'.repeat(40));
    await expect(finders.wageFloor).toHaveAttribute('aria-invalid', 'true');
    await expect(finders.wageFloor).toHaveAccessibleDescription(/\$1,000 or less/);
    await expect(page.getByRole('alert').filter({ hasText: '$1,000 or less' })).toBeVisible();
    await expect(finders.activeFilters).toHaveCount(0);
    await expect(finders.matchCount).toHaveCount(0);
    expect(await scrollsSideways(page)).toBe(false);

    // The limit itself is a wage floor like any other.
    await finders.wageFloor.fill('1000');
    await expect(finders.wageFloor).not.toHaveAttribute('aria-invalid');
    await expect(finders.activeFilters.getByRole('listitem')).toHaveText(['At least $1,000 an hour']);
    await expect(finders.matchCount).toHaveText('0 of 12 occupations match; 1 has no wage on file (shown, marked not known)');
  });

  test('a chip never grows wider than the screen, whatever its text; its clear button stays in reach', async ({ page }) => {
    const { finders } = await openManufacturingFilters(page);
    await finders.wageFloor.fill('20');
    const chip = finders.activeFilters.getByRole('listitem');
    await expect(chip).toHaveText('At least $20 an hour');
    // No filter makes a label this long today; the chip's own layout is the safety net if one ever does.
    await chip.evaluate((item) => {
      item.firstElementChild!.textContent = `At least $${'9'.repeat(60)} an hour`;
    });
    const [chipBox, listBox] = await Promise.all([chip.boundingBox(), finders.activeFilters.boundingBox()]);
    expect(chipBox!.width).toBeLessThanOrEqual(listBox!.width + 0.5);
    expect(chipBox!.x + chipBox!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    // The whole label is still there to read, wrapped, not cut.
    await expect(chip).toContainText('9'.repeat(60));
    expect(await scrollsSideways(page)).toBe(false);
    const clear = finders.clearFilterChip('At least $20 an hour');
    // The filters come after the map on a phone: the reader scrolls down to them (never sideways).
    await clear.scrollIntoViewIfNeeded();
    await expect(clear).toBeInViewport();
    await clear.click();
    await expect(finders.activeFilters).toHaveCount(0);
    await expect(finders.wageFloor).toHaveValue('');
  });
});
