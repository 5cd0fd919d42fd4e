import { devices, expect } from '@playwright/test';
import { test } from './support/test';
import { generateMapJson } from '../bench/generate-map';
import { MapViewerPage } from './pages/map-viewer-page';
import { ViewerFinders } from './pages/viewer-finders';
import { ViewerRoutesPage } from './pages/viewer-routes';
import { ViewerSharePage } from './pages/viewer-share';
import { collectPageErrors } from './support/console-errors';
import { waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_ID, SAMPLE_TITLES } from './support/sample-map';
import { CNA, CONSTRUCTION_ID, CONSTRUCTION_TITLES, LPN, TRADES, TRADES_TITLES, WAGE_WORDS, cardBox, importMap, legendGroups, openMap } from './support/viewer-maps';

const RN = 'Registered Nurse (RN)';

// Printing the viewer: the map, its details and its legend on paper, and the screen as it was after.

test('printing shows the map with its title and date, without the app around it', async ({ page }) => {
  const viewer = new MapViewerPage(page);
  await importMap(page, TRADES, TRADES_TITLES);
  const share = new ViewerSharePage(page);
  await expect(share.toolbar.getByRole('button', { name: 'Print…' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(viewer.heading()).toHaveText('Building trades to share');
  await expect(page.getByText('Hampden County · Construction', { exact: false })).toBeVisible();
  await expect(page.getByText(/^Printed [A-Z][a-z]+ \d{1,2}, \d{4}$/)).toBeVisible();
  await expect(viewer.canvas).toBeVisible();
  for (const title of TRADES_TITLES) await expect(viewer.occupationCard(title)).toBeVisible();
  // A small map prints whole, so no note says only a part was printed.
  await expect(page.getByText(/This page shows the part of the map/)).toHaveCount(0);
  await expect(share.toolbar.getByRole('button')).toHaveCount(0);
  await expect(share.panel).toBeHidden();
  await expect(page.getByRole('link', { name: 'Library' })).toBeHidden();
  await expect(page.getByRole('button', { name: /zoom in/i })).toBeHidden();

  // The route handout prints instead of the map.
  await page.evaluate(() => (document.documentElement.dataset.print = 'route'));
  await expect(viewer.canvas).toBeHidden();
  await page.evaluate(() => delete document.documentElement.dataset.print);
  await expect(viewer.canvas).toBeVisible();

  await page.emulateMedia({ media: 'screen' });
  await expect(share.toolbar.getByRole('button', { name: 'Share link' })).toBeVisible();
  await expect(page.getByText(/^Printed /)).toBeHidden();
});

test('"Print map" prints the map, fitted whole onto the page', async ({ page }) => {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await viewer.expectCards(SAMPLE_TITLES);
  // Laid out (the print fits the cards where they are when it starts), then zoomed in on screen:
  // only part of the map is in view, but the print shows all of it.
  await waitForMapAtRest(viewer.canvas);
  await page.getByRole('button', { name: /zoom in/i }).click();
  await page.getByRole('button', { name: /zoom in/i }).click();
  const share = new ViewerSharePage(page);
  await share.stubPrintDialog();

  await share.choosePrint('Print map');
  expect(await share.printedKinds()).toEqual(['map']);
  await page.emulateMedia({ media: 'print' });
  const canvas = await viewer.canvas.boundingBox();
  if (!canvas) throw new Error('the canvas is not printed');
  for (const title of SAMPLE_TITLES) {
    const card = await viewer.occupationCard(title).boundingBox();
    if (!card) throw new Error(`${title} is not printed`);
    expect(card.x).toBeGreaterThanOrEqual(canvas.x);
    expect(card.y).toBeGreaterThanOrEqual(canvas.y);
    expect(card.x + card.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(card.y + card.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  }
  // The map's sources are printed too, on a page of their own after the map.
  const sources = page.getByRole('heading', { name: 'Sources', exact: true });
  await expect(sources).toHaveCount(1);
  await expect(page.getByText('U.S. Bureau of Labor Statistics news release 20-1303-BOS').filter({ visible: true })).toHaveCount(1);
  const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g), 'the map on one page, its sources on the next').toHaveLength(2);

  await share.finishPrinting();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('html')).not.toHaveAttribute('data-print');
});

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
  await share.toolbar.getByRole('button', { name: 'Print…' }).click();
  await page.emulateMedia({ media: 'print' });
  // Measured straight after the click, before the browser would lay the page out for paper: the cards
  // have grown by their details, and each arrow must end where its card's left edge now has its middle
  // (not where the title-only card's middle was).
  const printed = await page.evaluate(() => {
    [...document.querySelectorAll('button')].find((button) => button.textContent === 'Print map')?.click();
    const cards = [...document.querySelectorAll('.react-flow__node')].map((node) => ({
      box: node.getBoundingClientRect(),
      text: node.textContent ?? '',
      // Step cards (credentials, programs) have no wage to print.
      occupation: node.classList.contains('react-flow__node-occupation'),
    }));
    const misses = [...document.querySelectorAll<SVGPathElement>('path.react-flow__edge-path')].map((path) => {
      const end = path.getPointAtLength(path.getTotalLength()).matrixTransform(path.getScreenCTM() ?? undefined);
      const target = cards.find(({ box }) => Math.abs(box.left - end.x) < 6 && end.y > box.top && end.y < box.bottom);
      return target ? Math.abs(end.y - (target.box.top + target.box.height / 2)) : Number.POSITIVE_INFINITY;
    });
    return { misses, texts: cards.filter((card) => card.occupation).map((card) => card.text) };
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

test('the route prints as a handout with steps, wages, sources, the date and room to write, and nothing else', async ({ page }) => {
  // The print dialog can't be driven: record that printing was asked for and keep data-print as it is during it.
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  const routes = new ViewerRoutesPage(page);
  await routes.open(SAMPLE_ID);
  await routes.findRoutes(CNA, RN);
  await routes.route(1).click();
  await expect(routes.handout).toBeHidden();

  await routes.printButton.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.locator('html')).toHaveAttribute('data-print', 'route');
  await page.emulateMedia({ media: 'print' });

  await expect(routes.handout).toBeVisible();
  await expect(routes.handout.getByRole('heading', { name: `Career route: ${CNA} to ${RN}` })).toBeVisible();
  const rows = routes.handout.getByRole('row');
  await expect(rows).toHaveCount(4); // the header and three jobs
  await expect(rows.nth(2)).toContainText(LPN);
  await expect(rows.nth(2)).toContainText('$57,110 a year (mean), about $27.46 an hour; 2019, Springfield, MA metro');
  // The 2019 Springfield figures are BLS means: the handout's chart says so, never "Median".
  await expect(routes.handout).toContainText('Mean wage a year at each step.');
  await expect(rows.nth(2)).toContainText('Pass the NCLEX-PN exam');
  await expect(routes.handout).toContainText('U.S. Bureau of Labor Statistics news release 20-1303-BOS');
  const today = await page.evaluate(() => new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date()));
  await expect(routes.handout).toContainText(`Printed ${today}`);

  // Only the handout: no toolbar, canvas, finders or route finder controls.
  await expect(page.getByRole('toolbar', { name: 'Map actions' })).toBeHidden();
  await expect(routes.viewer.canvas).toBeHidden();
  await expect(routes.from).toBeHidden();
  await expect(routes.printButton).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Routes' })).toBeHidden();
  // The route on one page and the room to write notes and next steps on a second, on Letter and on A4:
  // Chromium's own PDF of the print, pages counted.
  for (const format of ['Letter', 'A4']) {
    // Each PDF is a print of its own, and its "afterprint" ends the route print: start it again, or
    // the second PDF would be of the map.
    await page.evaluate(() => (document.documentElement.dataset.print = 'route'));
    const pdf = (await page.pdf({ format })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g), `pages on ${format}`).toHaveLength(2);
  }

  await page.emulateMedia({ media: 'screen' });
  await expect(routes.handout).toBeHidden();
});
