import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapViewerPage } from './pages/map-viewer-page';
import { waitForMapAtRest } from './support/map-at-rest';

const SUPERVISOR = 'First-Line Production Supervisor';

test('with the whole map in view there is no overview covering a card; zoomed in, the overview appears', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const viewer = new MapViewerPage(page);
  await viewer.goto('advanced-manufacturing-pioneer-valley');
  await waitForMapAtRest(viewer.canvas);
  const card = viewer.occupationCard(SUPERVISOR);
  await expect(card).toBeInViewport();
  const overview = page.getByRole('img', { name: 'Overview of the map' });
  await expect(overview).toHaveCount(0);
  // Nothing lies over the card: a click at its centre reaches it.
  const box = await card.boundingBox();
  const onTop = await card.evaluate(
    (element, { x, y }) => element.contains(document.elementFromPoint(x, y)),
    { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 },
  );
  expect(onTop, `nothing covers the ${SUPERVISOR} card`).toBe(true);

  await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await expect(overview).toBeVisible();
});
