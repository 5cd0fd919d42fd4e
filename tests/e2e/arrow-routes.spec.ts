import { expect, test, type Locator, type Page } from '@playwright/test';
import { MapViewerPage } from './pages/map-viewer-page';

type Point = { x: number; y: number };

/** Points along an arrow's drawn path, every few pixels, in page (screen) coordinates. */
async function arrowPoints(arrow: Locator): Promise<Point[]> {
  return arrow.evaluate((element) => {
    const path = element.querySelector<SVGPathElement>('path.react-flow__edge-path');
    const matrix = path?.getScreenCTM();
    if (!path || !matrix) return [];
    const length = path.getTotalLength();
    const points: Point[] = [];
    for (let at = 0; at <= length; at += 4) {
      const point = path.getPointAtLength(at).matrixTransform(matrix);
      points.push({ x: point.x, y: point.y });
    }
    return points;
  });
}

/** Waits until the layout has landed and the view has stopped refitting (two samples alike). */
async function waitForSettledMap(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Laying out' })).toHaveCount(0);
  const transform = () => page.locator('.react-flow__viewport').evaluate((element) => getComputedStyle(element).transform);
  let last = '';
  await expect
    .poll(async () => {
      const now = await transform();
      const settled = now === last;
      last = now;
      return settled;
    }, { intervals: [250] })
    .toBe(true);
}

test('the Nursing Assistant → LPN arrow goes around the Medical Assistant card, not under it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const viewer = new MapViewerPage(page);
  await viewer.goto('healthcare-pioneer-valley');
  await waitForSettledMap(page);

  const arrow = viewer.canvas.getByRole('img', { name: /^Move from Nursing Assistant \(CNA\) to Licensed Practical Nurse/ });
  await expect(arrow).toHaveCount(1);
  const card = await viewer.occupationCard('Medical Assistant').boundingBox();
  expect(card).not.toBeNull();
  const points = await arrowPoints(arrow);
  expect(points.length).toBeGreaterThan(10);
  // A point inside the card (a pixel in from its border) means the arrow is drawn under it.
  const inside = points.filter(
    ({ x, y }) => x > card!.x + 1 && x < card!.x + card!.width - 1 && y > card!.y + 1 && y < card!.y + card!.height - 1,
  );
  expect(inside, 'points of the CNA → LPN arrow inside the Medical Assistant card').toEqual([]);
});
