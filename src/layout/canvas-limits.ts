import { MAX_COORDINATE } from '../domain/schema/limits';
import type { Point } from './layout-options';

/**
 * A map of more than this many cards is a large map, and gives things up to stay quick: the canvas
 * draws only what is on screen and, zoomed out, plain arrows or an overview (features/canvas/zoom.ts,
 * overview-mode.tsx); arrows are not routed around cards, on the canvas or in the exported picture
 * (routing every arrow again on each change would cost more than a frame); elk keeps our card order
 * and stacks each column (elk-options.ts). Measured in Node, warm: elk's readable settings take ~85 ms
 * at 200 cards, ~150–220 ms at 300, ~0.5 s at 500 and ~2.3 s at 1,000; the fast ones ~130 ms at 300,
 * ~0.7 s at 2,000. The only place the number is written.
 */
export const LARGE_MAP_CARDS = 300;

/**
 * Saved positions must lie within ±MAX_COORDINATE, or the map would not load again. elk lays out
 * from 0 onwards; a layout longer than the limit on an axis (thousands of cards on one level,
 * roomy spacing) is centred on 0 along that axis, which doubles the room. Pure.
 */
export function centreIfTooLong(positions: ReadonlyMap<string, Point>): Map<string, Point> {
  let [maxX, maxY] = [0, 0];
  for (const { x, y } of positions.values()) [maxX, maxY] = [Math.max(maxX, x), Math.max(maxY, y)];
  const dx = maxX > MAX_COORDINATE ? -Math.round(maxX / 2) : 0;
  const dy = maxY > MAX_COORDINATE ? -Math.round(maxY / 2) : 0;
  if (dx === 0 && dy === 0) return new Map(positions);
  return new Map([...positions].map(([id, { x, y }]) => [id, { x: x + dx, y: y + dy }]));
}

/** A layout refused for a reason the user can act on: its message is written for them. */
export class LayoutRefused extends Error {}

/** Throws, with a message for the user, when a position could not be saved. */
export function assertWithinCanvas(positions: ReadonlyMap<string, Point>): void {
  for (const { x, y } of positions.values()) {
    if (Math.abs(x) > MAX_COORDINATE || Math.abs(y) > MAX_COORDINATE) {
      throw new LayoutRefused(
        'This map is too large to lay out in one piece: the result would not fit on the canvas. ' +
          'Try compact spacing or the other direction.',
      );
    }
  }
}
