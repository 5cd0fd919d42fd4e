import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { test } from './support/test';
import { ViewerRoutesPage } from './pages/viewer-routes';
import { ViewerSharePage } from './pages/viewer-share';
import { SAMPLE_ID, SAMPLE_TITLES } from './support/sample-map';
import { CNA, WAGE_WORDS, importMap, openMap } from './support/viewer-maps';

// Issue 15, item 3: what goes home on paper says what the screen says, and a poster has readable cards.

const RN = 'Registered Nurse (RN)';
const UNSOURCED = 'not from a sourced pathway, so confirm it with local employers';

/** The print dialog can't be driven: count the prints asked for, and keep data-print as it is during one. */
async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.print = () => {
      const record = window as unknown as { printed?: number };
      record.printed = (record.printed ?? 0) + 1;
    };
  });
}

/** Prints the chosen route and shows the page as on paper. */
async function printRoute(routes: ViewerRoutesPage): Promise<void> {
  await routes.printButton.click();
  await expect(routes.page.locator('html')).toHaveAttribute('data-print', 'route');
  await routes.page.emulateMedia({ media: 'print' });
  await expect(routes.handout).toBeVisible();
}

test('the printed route says what its steps say on screen: the unsourced move, the apprenticeship, sources, "not known"', async ({ page }) => {
  await stubPrint(page);
  const routes = new ViewerRoutesPage(page);
  await routes.open(SAMPLE_ID);
  await routes.findRoutes(CNA, RN);
  // The route through the Medical Assistant: a move the map says is not from a sourced pathway, and a
  // job with a registered apprenticeship. On screen, its steps say both.
  await routes.routeList.getByRole('button', { name: /Medical Assistant/ }).click();
  const details = routes.page.getByRole('region', { name: /^Route \d+ step by step$/ });
  await expect(details).toContainText(UNSOURCED);
  await expect(details).toContainText('Medical Assistant has a registered apprenticeship');
  await printRoute(routes);

  const handout = routes.handout;
  await expect(handout).toContainText(UNSOURCED);
  // The apprenticeship, with its starting pay: the sample names none, so it is not on file (never blank).
  await expect(handout).toContainText('Medical Assistant has a registered apprenticeship; starting pay not on file.');
  // The Medical Assistant's wage is not on the map: "not known", not an empty cell or $0.
  const medicalAssistant = handout.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Medical Assistant/ }) });
  await expect(medicalAssistant.getByRole('cell').nth(1)).toHaveText('Wage not known');
  // Sources: numbered, each figure pointing at its number; a move that cites none says so.
  const sources = handout.getByRole('list').last();
  await expect(sources.getByRole('listitem').first()).toBeVisible();
  await expect(sources).toContainText('U.S. Bureau of Labor Statistics news release 20-1303-BOS');
  await expect(handout).toContainText(/\$57,110 a year \(mean\), about \$27.46 an hour; 2019, Springfield, MA metro · Source \d/);
  await expect(handout).toContainText('The map names no source for this move.');
  // One level-one heading naming the route, then the parts in order, and room to write.
  await expect(handout.getByRole('heading', { level: 1 })).toHaveText(`Career route: ${CNA} to ${RN}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(handout.getByRole('heading', { level: 2 })).toHaveText(['About these jobs', 'Sources', 'Notes', 'Next steps, with dates']);
  await expect(handout.getByRole('region', { name: 'Notes' })).toBeVisible();
  await expect(handout.getByRole('region', { name: 'Next steps, with dates' })).toBeVisible();

  // axe on the handout as printed: nothing moderate, serious or critical (best practices included:
  // they hold the heading rules).
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const found = results.violations
    .filter((violation) => violation.impact === 'moderate' || violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(found).toEqual([]);

  await page.emulateMedia({ media: 'screen' });
  await expect(handout).toBeHidden();
});

const ELECTRICAL = {
  schemaVersion: 2,
  id: 'electrical-print',
  title: 'Electrical route to print',
  sources: [
    { id: 'oews', label: 'OEWS May 2024' },
    { id: 'rapids', label: 'RAPIDS registered apprenticeship listing' },
  ],
  occupations: [
    { id: 'helper', title: 'Electrician Helper', level: 'entry', wage: { amount: 38_000, unit: 'year', statistic: 'mean', sourceId: 'oews' } },
    {
      id: 'electrician',
      title: 'Electrician',
      level: 'middle',
      apprenticeship: { registered: true, programs: [{ name: 'Inside wireman', startingWage: 21.5 }], sourceIds: ['rapids'] },
    },
  ],
  transitions: [{ id: 'helper-electrician', from: 'helper', to: 'electrician', kind: 'advancement', typicalMonths: 48 }],
};

test('the printed route gives an apprenticeship’s starting pay and its source, as its step on screen does', async ({ page }) => {
  await stubPrint(page);
  await importMap(page, ELECTRICAL, ['Electrician Helper', 'Electrician']);
  const routes = new ViewerRoutesPage(page);
  await page.getByRole('tab', { name: 'Routes' }).click();
  await routes.findRoutes('Electrician Helper', 'Electrician');
  const note = 'Electrician has a registered apprenticeship; starting pay $21.50 an hour.';
  await routes.route(1).click();
  await expect(routes.page.getByRole('region', { name: 'Route 1 step by step' })).toContainText(note);
  await printRoute(routes);
  await expect(routes.handout).toContainText(`${note} · Source 2`);
  await expect(routes.handout.getByRole('list').last()).toContainText('RAPIDS registered apprenticeship listing');
  await expect(routes.handout).toContainText('Wage not known');
  await expect(routes.handout).toContainText('About 48 months · Cost not known');
});

test('"Print poster" prints the whole map on a page sized to it, its cards at reading size with wage bars', async ({ page }) => {
  const viewer = await openMap(page, SAMPLE_ID, SAMPLE_TITLES);
  const share = new ViewerSharePage(page);
  await share.stubPrintDialog();
  // The choice says what it gives.
  await share.toolbar.getByRole('button', { name: 'Print…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print' });
  await expect(dialog.getByRole('button', { name: 'Print poster' })).toHaveAccessibleDescription(/one large page sized to it .* cards at reading size/);
  await expect(dialog.getByRole('button', { name: 'Print map' })).toHaveAccessibleDescription(/one landscape Letter or A4 page/);
  await dialog.getByRole('button', { name: 'Print poster' }).click();
  expect(await share.printedKinds()).toEqual(['poster']);
  await expect(dialog).toBeHidden();
  await page.emulateMedia({ media: 'print' });

  // Cards at reading zoom (DETAIL_ZOOM, 0.6) or larger, each with its wage bar and inside the canvas.
  const scale = await viewer.canvas.locator('.react-flow__viewport').evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);
  expect(scale).toBeGreaterThanOrEqual(0.6);
  const canvas = await viewer.canvas.boundingBox();
  if (!canvas) throw new Error('the canvas is not printed');
  for (const title of SAMPLE_TITLES) {
    const card = viewer.occupationCard(title);
    await expect(card.getByText(WAGE_WORDS)).toBeVisible();
    const box = await card.boundingBox();
    expect(box, `${title} is printed`).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(canvas.x);
    expect(box!.y).toBeGreaterThanOrEqual(canvas.y);
    expect(box!.x + box!.width).toBeLessThanOrEqual(canvas.x + canvas.width + 0.5);
    expect(box!.y + box!.height).toBeLessThanOrEqual(canvas.y + canvas.height + 0.5);
  }
  await expect(viewer.canvas.locator('.wage-bar__chart').first()).toBeVisible();

  // The page is the canvas plus its margins and title: Chromium's own PDF of the print, measured.
  const canvasMm = { width: (canvas.width * 25.4) / 96, height: (canvas.height * 25.4) / 96 };
  expect(canvasMm.width).toBeGreaterThan(257); // larger than the one-page print's canvas
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => ({
    width: (Number(match[1]) * 25.4) / 72,
    height: (Number(match[2]) * 25.4) / 72,
  }));
  expect(boxes.length, 'the poster, then its sources').toBe(2);
  expect(Math.abs(boxes[0]!.width - (canvasMm.width + 20))).toBeLessThan(2);
  expect(Math.abs(boxes[0]!.height - (canvasMm.height + 40))).toBeLessThan(2);

  await share.finishPrinting();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('html')).not.toHaveAttribute('data-print');
});
