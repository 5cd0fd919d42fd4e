import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { MapViewerPage } from './pages/map-viewer-page';
import { SessionPage } from './pages/session-page';
import { ViewerFinders } from './pages/viewer-finders';
import { seriousViolations } from './support/axe';
import { waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_ID, SAMPLE_TITLES } from './support/sample-map';

const CNA = 'Nursing Assistant (CNA)';
// The two cards the nursing assistant leads to, in the sample.
const FROM_CNA = ['Licensed Practical Nurse (LPN)', 'Medical Assistant'];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fromCna = new RegExp(`^(${FROM_CNA.map(escape).join('|')}) — ([12]) of 2 moves from ${escape(CNA)}$`);

async function openSample(page: Page): Promise<MapViewerPage> {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await viewer.expectCards(SAMPLE_TITLES);
  await waitForMapAtRest(viewer.canvas);
  return viewer;
}

/** How far a card's centre is from the canvas's centre, in pixels. */
async function offCentre(card: Locator, canvas: Locator): Promise<number> {
  const [box, frame] = await Promise.all([card.boundingBox(), canvas.boundingBox()]);
  if (!box || !frame) return Number.POSITIVE_INFINITY;
  return Math.hypot(box.x + box.width / 2 - (frame.x + frame.width / 2), box.y + box.height / 2 - (frame.y + frame.height / 2));
}

/** The canvas's live region for the arrow keys, once it has said something. */
const said = (canvas: Locator) => canvas.getByRole('status').filter({ hasText: ' — ' });

/** The title of the card the live region says focus went to. */
async function saidTitle(canvas: Locator, pattern: RegExp): Promise<string> {
  await expect(said(canvas)).toHaveText(pattern);
  return ((await said(canvas).textContent()) ?? '').split(' — ')[0]!;
}

test('the first Tab on the viewer reaches "Skip to the map", shown at the top; Enter puts focus on a card of the map', async ({ page }) => {
  const viewer = await openSample(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the map' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport({ ratio: 1 });
  expect((await skip.boundingBox())?.y).toBeLessThan(40);

  await page.keyboard.press('Enter');
  // No card is selected: the first card of the map takes focus, inside the canvas.
  await expect(viewer.card(SAMPLE_TITLES[0]!)).toBeFocused();
  await expect(skip).not.toBeInViewport();
});

test('"Skip to details" is the second stop and takes focus to the Details tab of the side panel', async ({ page }) => {
  await openSample(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to details' })).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Occupation details and routes' });
  await expect(panel.getByRole('tab', { name: 'Details' })).toBeFocused();
  await expect(panel.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
  // The panel starts folded to its tabs: skipping to the details unfolds it.
  await expect(panel.getByRole('tabpanel')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Details and routes' })).toHaveAttribute('aria-expanded', 'true');
});

test('arrow keys follow the moves from a card, and say where they lead; Left goes back', async ({ page }) => {
  const viewer = await openSample(page);
  const cna = viewer.card(CNA);
  await expect(cna).toHaveAccessibleDescription(/Arrow keys follow its moves/);
  await cna.focus();

  await page.keyboard.press('ArrowRight');
  const first = await saidTitle(viewer.canvas, fromCna);
  await expect(said(viewer.canvas)).toHaveText(`${first} — 1 of 2 moves from ${CNA}`);
  await expect(viewer.card(first)).toBeFocused();

  await page.keyboard.press('ArrowDown');
  const other = FROM_CNA.find((title) => title !== first)!;
  await expect(viewer.card(other)).toBeFocused();
  await expect(said(viewer.canvas)).toHaveText(`${other} — 2 of 2 moves from ${CNA}`);

  await page.keyboard.press('ArrowLeft');
  await expect(cna).toBeFocused();
  await expect(said(viewer.canvas)).toHaveText(new RegExp(`^${escape(CNA)} — \\d of \\d moves? into ${escape(other)}$`));
  // Arrow keys move focus, not the page: the canvas stays where it was.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a card the arrow keys go to that is out of view is brought into view', async ({ page }) => {
  // A narrow window: zoomed in, the cards the nursing assistant leads to are beyond the canvas's edge.
  await page.setViewportSize({ width: 1000, height: 700 });
  const viewer = await openSample(page);
  const cna = viewer.card(CNA);
  // Zoomed right in on the nursing assistant: the cards it leads to are off the canvas.
  const finders = new ViewerFinders(page);
  await finders.searchBox.fill('nursing assistant');
  await finders.searchBox.press('ArrowDown');
  await expect(finders.result(CNA)).toHaveAttribute('aria-selected', 'true');
  await finders.searchBox.press('Enter');
  await expect(cna).toHaveAttribute('aria-current', 'true');
  await waitForMapAtRest(viewer.canvas);
  for (let click = 0; click < 4; click += 1) await page.getByRole('button', { name: 'Zoom In' }).click();
  await waitForMapAtRest(viewer.canvas);
  await expect(viewer.card(FROM_CNA[0]!)).not.toBeInViewport();
  await expect(viewer.card(FROM_CNA[1]!)).not.toBeInViewport();

  await cna.focus();
  await page.keyboard.press('ArrowRight');
  const first = await saidTitle(viewer.canvas, fromCna);
  await expect(viewer.card(first)).toBeFocused();
  // Centred on the canvas (at this zoom a card can be taller than the part of the canvas the window shows).
  await expect(viewer.card(first)).toBeInViewport({ ratio: 0.9 });
  await waitForMapAtRest(viewer.canvas);
  expect(await offCentre(viewer.card(first), viewer.canvas)).toBeLessThan(12);
});

test('in a session the arrow keys follow the moves too', async ({ page }) => {
  const session = new SessionPage(page);
  await session.startOnSampleCopy(SAMPLE_ID);
  await session.card(CNA).focus();
  await page.keyboard.press('ArrowRight');
  const first = await saidTitle(session.canvas, fromCna);
  await expect(session.card(first)).toBeFocused();
});

test('in the editor, arrow keys still move the selected card (connected cards are for read-only maps)', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await waitForMapAtRest(editor.canvas);
  await editor.select(CNA);
  const card = editor.card(CNA);
  await expect(card).toBeFocused();
  const before = await card.boundingBox();

  await page.keyboard.press('ArrowRight');
  await expect(card).toBeFocused();
  await expect.poll(async () => (await card.boundingBox())?.x ?? 0).toBeGreaterThan((before?.x ?? 0) + 1);
  expect((await card.boundingBox())?.y).toBeCloseTo(before?.y ?? 0, 0);
  await expect(editor.canvas.getByRole('status').filter({ hasText: ' — ' })).toHaveCount(0);
});

test('cards are buttons named by their title alone, and say the rest (figures, keys) as their description; Enter selects one', async ({ page }) => {
  // Wide enough for the sample to open at reading zoom, where cards show their figures (first-glance.spec.ts).
  await page.setViewportSize({ width: 1400, height: 900 });
  const viewer = await openSample(page);
  const cna = viewer.card(CNA);
  // Found by role "button" and its exact title (the page object's card()); a step card's name says its kind.
  await expect(cna).toHaveAttribute('role', 'button');
  await expect(cna).not.toHaveAttribute('aria-roledescription');
  await expect(viewer.card('Credential: NCLEX-RN (license)')).toHaveAttribute('role', 'button');
  // What the card shows beyond its title is read after it: education, pay, and how the keys work.
  await expect(cna).toHaveAccessibleDescription(/Postsecondary certificate.*\$32,400 a year.*Arrow keys follow its moves/);
  // Named by less than it shows, a button would fail WCAG 2.5.3 (axe's label-content-name-mismatch); these pass.
  expect(await seriousViolations(page, '.react-flow__nodes')).toEqual([]);
  await cna.focus();
  await page.keyboard.press('Enter');
  await expect(cna).toHaveAccessibleDescription(/^Selected\./);
});
