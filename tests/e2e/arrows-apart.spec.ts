import { expect, type Locator } from '@playwright/test';
import { test } from './support/test';
import { MapViewerPage } from './pages/map-viewer-page';
import { waitForMapAtRest } from './support/map-at-rest';
import { CARD_WIDTH } from '../../src/layout/card-geometry';
import { arrowsRunningTogether, pathCorners, type DrawnArrow } from '../support/arrow-overlaps';

type Point = { x: number; y: number };

/** Every arrow on the canvas as drawn: its name, the card it leaves, its corners in canvas pixels. */
async function drawnArrows(arrows: Locator): Promise<DrawnArrow[]> {
  const found = await arrows.evaluateAll((elements) =>
    elements.map((element) => ({
      name: element.getAttribute('aria-label') ?? '',
      d: element.querySelector('path.react-flow__edge-path')?.getAttribute('d') ?? '',
    })),
  );
  return found.map(({ name, d }) => {
    const [, source = name, target = name] = /from (.+?) to (.+?)(?:[,.;:]|$)/.exec(name) ?? [];
    return { name, source, target, points: pathCorners(d) };
  });
}

/** Points along an arrow's drawn path, every pixel or so, in page (screen) coordinates. */
async function pointsAlong(arrow: Locator): Promise<Point[]> {
  return arrow.evaluate((element) => {
    const path = element.querySelector<SVGPathElement>('path.react-flow__edge-path');
    const matrix = path?.getScreenCTM();
    if (!path || !matrix) return [];
    const points: Point[] = [];
    for (let at = 0; at <= path.getTotalLength(); at += 1) {
      const point = path.getPointAtLength(at).matrixTransform(matrix);
      points.push({ x: point.x, y: point.y });
    }
    return points;
  });
}

const nearest = (point: Point, along: readonly Point[]) => Math.min(...along.map((p) => Math.hypot(p.x - point.x, p.y - point.y)));

test.describe('construction sample: arrows from different cards stay apart', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  test('no two arrows from different cards run together for more than a card’s width', async ({ page }) => {
    const viewer = new MapViewerPage(page);
    await viewer.goto('construction-massachusetts');
    await waitForMapAtRest(viewer.canvas);
    const arrows = await drawnArrows(viewer.moves());
    expect(arrows.length).toBe(15);
    expect(arrows.every((arrow) => arrow.points.length >= 2)).toBe(true);
    expect(arrowsRunningTogether(arrows, CARD_WIDTH)).toEqual([]);
  });

  test('“48 mo” sits on the Electrician’s Helper → Electrician arrow, on a stretch no other arrow runs along', async ({ page }) => {
    const viewer = new MapViewerPage(page);
    await viewer.goto('construction-massachusetts');
    await waitForMapAtRest(viewer.canvas);
    const helperMove = viewer.canvas.getByRole('img', { name: /^Move from Electrician's Helper to Electrician\b/ });
    await expect(helperMove).toHaveCount(1);
    // Labels are drawn at reading zoom (0.6 and closer): zoom in until the canvas draws them.
    const label = viewer.canvas.getByText('48 mo', { exact: true });
    await expect(async () => {
      if ((await label.count()) === 0) await page.getByRole('button', { name: 'Zoom In' }).click();
      await expect(label).toBeVisible({ timeout: 1_000 });
    }).toPass();
    const box = (await label.boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

    expect(nearest(centre, await pointsAlong(helperMove))).toBeLessThanOrEqual(2);
    const near: string[] = [];
    for (const other of await viewer.moves().all()) {
      const name = (await other.getAttribute('aria-label')) ?? '';
      if (name.startsWith("Move from Electrician's Helper to")) continue;
      if (nearest(centre, await pointsAlong(other)) <= 4) near.push(name);
    }
    expect(near, 'arrows passing under the “48 mo” label').toEqual([]);
  });
});
