import { expect, type Locator } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { MapViewerPage } from './pages/map-viewer-page';
import { cardBoxes, waitForMapAtRest, type Box } from './support/map-at-rest';

type Point = { x: number; y: number };
/** Strictly inside the box (a pixel in from its border): an arrow there is drawn under the card. */
const isInside = ({ x, y }: Point, box: Box) => x > box.x + 1 && x < box.x + box.width - 1 && y > box.y + 1 && y < box.y + box.height - 1;

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

test('the Nursing Assistant → LPN arrow goes around the Medical Assistant card, not under it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const viewer = new MapViewerPage(page);
  await viewer.goto('healthcare-pioneer-valley');
  // The layout lands after the quick placement: measure once the map is at rest.
  await waitForMapAtRest(viewer.canvas);

  const arrow = viewer.canvas.getByRole('img', { name: /^Move from Nursing Assistant \(CNA\) to Licensed Practical Nurse/ });
  await expect(arrow).toHaveCount(1);
  const card = await viewer.occupationCard('Medical Assistant').boundingBox();
  const points = await arrowPoints(arrow);
  expect(card).not.toBeNull();
  expect(points.length).toBeGreaterThan(10);
  // A point inside the card (a pixel in from its border) means the arrow is drawn under it.
  const inside = points.filter((point) => isInside(point, card!));
  expect(inside, 'points of the CNA → LPN arrow inside the Medical Assistant card').toEqual([]);
});

/** For each arrow (by its accessible name), the cards other than its own two that it is drawn under. */
async function arrowsUnderCards(arrows: Locator, cards: Locator): Promise<string[]> {
  const boxes = new Map((await cardBoxes(cards)).map((box) => [box.name, box]));
  expect(boxes.size).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const arrow of await arrows.all()) {
    const name = (await arrow.getAttribute('aria-label')) ?? '';
    const ends = /from (.+) to (.+)$/.exec(name);
    const points = await arrowPoints(arrow);
    for (const [title, box] of boxes) {
      if (title === ends?.[1] || title === ends?.[2]) continue;
      if (points.some((point) => isInside(point, box))) problems.push(`${name} passes under ${title}`);
    }
  }
  return problems;
}

test('in the editor, no arrow of the sample runs under a card, nor a new move dragged from Psychiatric Technician to RN', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const editor = new MapEditorPage(page);
  await page.goto('/maps/healthcare-pioneer-valley/edit');
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  // The editor places the copy's cards when it opens; they glide to their places and the view fits.
  await waitForMapAtRest(editor.canvas);
  await editor.connect('Psychiatric Technician', 'Registered Nurse (RN)');
  const added = editor.canvas.getByRole('group', { name: /^Move from Psychiatric Technician to Registered Nurse \(RN\)/ });
  await expect(added).toHaveCount(1);
  await waitForMapAtRest(editor.canvas);
  expect(await arrowsUnderCards(editor.moves(), editor.cards())).toEqual([]);
});
