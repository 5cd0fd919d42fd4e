import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapViewerPage } from './pages/map-viewer-page';

const LONG_TITLE = `Senior ${'Clinical Laboratory Quality Assurance '.repeat(5)}Coordinator`.slice(0, 200);

test('a card with a very long title stays card-sized: its title is cut to three lines, and its name is whole', async ({ page }) => {
  const map = {
    schemaVersion: 1,
    id: 'long-titles',
    title: 'Long titles',
    occupations: [
      { id: 'long', title: LONG_TITLE, level: 'entry', position: { x: 0, y: 0 } },
      { id: 'short', title: 'Phlebotomist', level: 'entry', position: { x: 0, y: 300 } },
    ],
    transitions: [],
  };
  const viewer = new MapViewerPage(page);
  await page.goto('/');
  await viewer.importFile('long.json', JSON.stringify(map));
  const card = viewer.occupationCard(LONG_TITLE);
  await expect(card).toBeVisible();
  // Layout pixels (not affected by the canvas zoom): no taller than a card with a three-line title.
  const height = await card.evaluate((element) => (element as HTMLElement).offsetHeight);
  expect(height).toBeLessThan(180);
});
