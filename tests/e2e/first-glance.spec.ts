import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './support/test';
import { MapViewerPage } from './pages/map-viewer-page';
import { waitForMapAtRest, overlap, type Box } from './support/map-at-rest';
import { CONSTRUCTION_ID, CONSTRUCTION_TITLES } from './support/viewer-maps';
import { SAMPLE_ID, SAMPLE_TITLES } from './support/sample-map';

// Issue 15, "First glance": a map opens with its cards readable (wage bars and badges) whenever it
// can be fitted that way, the map starts high on the page, nothing floats over a card at the opening
// view, words break between words, and on a phone the map comes first and its cards can be read.

const EARLY_EDUCATION_ID = 'early-education-pioneer-valley';
const TEACHING_ASSISTANT = 'Teaching Assistant (Paraprofessional)';
const EARLY_EDUCATION_TITLES = [
  'Childcare Worker',
  'Preschool Teacher (EEC Teacher)',
  'Childcare Center Director (EEC Director)',
  TEACHING_ASSISTANT,
];

/** Every bundled sample, with its occupations' titles (read from fixtures/, so a new card is checked too). */
const SAMPLES = [
  'healthcare-pioneer-valley',
  'construction-massachusetts',
  EARLY_EDUCATION_ID,
  'advanced-manufacturing-pioneer-valley',
  'information-technology-massachusetts',
].map((id) => {
  const map = JSON.parse(readFileSync(resolve(`fixtures/${id}.json`), 'utf8')) as { occupations: { title: string }[] };
  return { id, titles: map.occupations.map((occupation) => occupation.title) };
});

/** Every card on the canvas (occupations and steps), by React Flow's own node element. */
const allCards = (viewer: MapViewerPage) => viewer.canvas.locator('.react-flow__node');

async function openAtRest(page: Page, mapId: string, titles: readonly string[]): Promise<MapViewerPage> {
  const viewer = new MapViewerPage(page);
  await viewer.goto(mapId);
  for (const title of titles) await expect(viewer.occupationCard(title)).toBeAttached();
  await waitForMapAtRest(viewer.canvas);
  return viewer;
}

/** The view's zoom, as React Flow applies it to the cards. */
function openingZoom(viewer: MapViewerPage): Promise<number> {
  return viewer.canvas.locator('.react-flow__viewport').evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);
}

async function boxesOf(cards: Locator): Promise<Box[]> {
  return cards.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as Box));
}

/** What floats over the canvas at the opening view: the legend button, the zoom buttons, the note, the minimap. */
async function floatingBoxes(viewer: MapViewerPage): Promise<{ name: string; box: Box }[]> {
  const floating: { name: string; locator: Locator }[] = [
    { name: 'Legend', locator: viewer.canvas.getByRole('button', { name: 'Legend' }) },
    { name: 'Zoom In', locator: viewer.canvas.getByRole('button', { name: 'Zoom In' }) },
    { name: 'Zoom Out', locator: viewer.canvas.getByRole('button', { name: 'Zoom Out' }) },
    { name: 'Fit View', locator: viewer.canvas.getByRole('button', { name: 'Fit View' }) },
    { name: 'the note', locator: viewer.canvas.getByText(/^(Zoomed out to show the whole map|Part of the map)/) },
    { name: 'the minimap', locator: viewer.canvas.getByRole('img', { name: 'Overview of the map' }) },
  ];
  const found: { name: string; box: Box }[] = [];
  for (const { name, locator } of floating) {
    if (!(await locator.isVisible())) continue;
    const box = await locator.boundingBox();
    if (box) found.push({ name, box });
  }
  expect(found.map((f) => f.name)).toEqual(expect.arrayContaining(['Legend', 'Zoom In', 'Zoom Out', 'Fit View']));
  return found;
}

async function expectNothingOverCards(viewer: MapViewerPage): Promise<void> {
  const cards = await boxesOf(allCards(viewer));
  expect(cards.length).toBeGreaterThan(0);
  const covering = (await floatingBoxes(viewer)).flatMap(({ name, box }) =>
    cards.filter((card) => overlap(card, box)).map((card) => `${name} covers a card at ${Math.round(card.x)},${Math.round(card.y)}`),
  );
  expect(covering).toEqual([]);
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1400, height: 900 },
]) {
  test.describe(`at ${size.width} × ${size.height}`, () => {
    test.use({ viewport: size });

    for (const sample of SAMPLES) {
      test(`${sample.id} opens with its cards readable: wage bars shown, every card in view, nothing over a card`, async ({ page }) => {
        const viewer = await openAtRest(page, sample.id, sample.titles);
        for (const title of sample.titles) {
          const card = viewer.occupationCard(title);
          await expect(card).toBeInViewport();
          // In detail, not the title-only card of a zoomed-out view.
          await expect(card.locator('.occupation-card')).not.toHaveClass(/occupation-card--compact/);
        }
        await expect(viewer.canvas.locator('.wage-bar').first()).toBeInViewport();
        expect(await openingZoom(viewer)).toBeGreaterThanOrEqual(0.6);
        await expect(viewer.canvas.getByText(/^Zoomed out/)).toHaveCount(0);
        await expectNothingOverCards(viewer);
      });
    }
  });
}

test.describe('at 1366 × 768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the map starts at most ~150 px down; "About this map" opens over it without pushing it down', async ({ page }) => {
    const viewer = await openAtRest(page, SAMPLE_ID, SAMPLE_TITLES);
    const before = (await viewer.canvas.boundingBox())!;
    expect(before.y).toBeLessThanOrEqual(150);
    // Every control above the map is still there, by its name.
    const actions = page.getByRole('toolbar', { name: 'Map actions' });
    for (const name of ['Map', 'Outline', 'Share link', 'Import map…', 'Export JSON']) await expect(actions.getByRole('button', { name, exact: true })).toBeVisible();
    for (const name of ['Run a session', 'Edit map']) await expect(actions.getByRole('link', { name })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Search occupations' })).toBeVisible();

    await page.getByText('About this map', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    expect((await viewer.canvas.boundingBox())!.y).toBe(before.y);
  });

  test('the filters fold behind a "Filters" button that says how many are on', async ({ page }) => {
    await openAtRest(page, SAMPLE_ID, SAMPLE_TITLES);
    const filters = page.getByRole('button', { name: /^Filters/ });
    const apprenticeable = page.getByRole('button', { name: 'Apprenticeable', exact: true });
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await expect(apprenticeable).toBeHidden();
    await filters.click();
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
    await apprenticeable.click();
    await expect(filters).toHaveAccessibleName('Filters · 1 on');
    await filters.click();
    await expect(apprenticeable).toBeHidden();
    await expect(filters).toHaveAccessibleName('Filters · 1 on');
  });

  test('"Paraprofessional" is not split mid-word on its card', async ({ page }) => {
    const viewer = await openAtRest(page, EARLY_EDUCATION_ID, EARLY_EDUCATION_TITLES);
    const title = viewer.occupationCard(TEACHING_ASSISTANT).locator('.occupation-card__title');
    await expect(title).toBeInViewport();
    // The lines the word is drawn on: one, if it does not break inside.
    const lines = await title.evaluate((element) => {
      const text = element.firstChild!;
      const start = text.textContent!.indexOf('Paraprofessional');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'Paraprofessional'.length);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lines).toBe(1);
  });

  test('the side panel is folded to its tabs at opening, unfolds for a chosen card (which stays in view) and folds again', async ({ page }) => {
    const viewer = await openAtRest(page, SAMPLE_ID, SAMPLE_TITLES);
    const panel = page.getByRole('complementary', { name: 'Occupation details and routes' });
    const handle = panel.getByRole('button', { name: 'Details and routes' });
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    await expect(panel.getByRole('tab', { name: 'Details' })).toBeVisible();
    await expect(panel.getByRole('tab', { name: 'Routes' })).toBeVisible();
    expect((await panel.boundingBox())!.width).toBeLessThan(80);

    // The card furthest right: the unfolding panel takes the room it stood in.
    const boxes = await Promise.all(SAMPLE_TITLES.map(async (title) => ({ title, box: (await viewer.occupationCard(title).boundingBox())! })));
    const rightmost = boxes.reduce((a, b) => (b.box.x > a.box.x ? b : a)).title;
    await viewer.occupationCard(rightmost).click();
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await expect(panel.getByRole('heading', { level: 2, name: rightmost, exact: true })).toBeVisible();
    expect((await panel.boundingBox())!.width).toBeGreaterThan(300);
    await expect.poll(async () => {
      const [card, canvas] = [(await viewer.occupationCard(rightmost).boundingBox())!, (await viewer.canvas.boundingBox())!];
      return card.x >= canvas.x && card.x + card.width <= canvas.x + canvas.width;
    }).toBe(true);

    await handle.click();
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    await expect(handle).toBeFocused();
    await expect(panel.getByRole('tabpanel')).toBeHidden();
    await panel.getByRole('tab', { name: 'Routes' }).click();
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await expect(panel.getByRole('tabpanel')).toContainText('From');
  });
});

test.describe('on a phone (390 × 844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  for (const sample of [
    { id: CONSTRUCTION_ID, titles: CONSTRUCTION_TITLES },
    { id: SAMPLE_ID, titles: SAMPLE_TITLES },
  ]) {
    test(`${sample.id}: the map is first under the header, its cards legible, nothing over a card`, async ({ page }) => {
      const viewer = await openAtRest(page, sample.id, sample.titles);
      const canvas = (await viewer.canvas.boundingBox())!;
      expect(canvas.y).toBeLessThan(200);
      expect(canvas.y + canvas.height).toBeLessThanOrEqual(844);

      // Titles on screen at 10 px or more: the card's font size times the zoom.
      const zoom = await openingZoom(viewer);
      const titlePx = await allCards(viewer)
        .locator('.occupation-card__title')
        .first()
        .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(titlePx * zoom).toBeGreaterThanOrEqual(10);
      // The whole map, or a part that says so.
      const note = viewer.canvas.getByText(/^(Zoomed out to show the whole map: zoom in to see wages and badges|Part of the map: drag to see more, or Fit to see all)$/);
      if (zoom < 0.6) await expect(note).toBeVisible();
      await expectNothingOverCards(viewer);
    });
  }
});
