import type { Rect } from './edge-route';
import type { Point } from './layout-options';

export type Size = { width: number; height: number };

/** Clear space kept between a new card and the cards around it, so it never even touches one. */
export const CARD_GAP = 24;

type Area = { left: number; right: number; top: number; bottom: number };

/**
 * The top-left corner nearest to `wanted` where a card of `size` overlaps none of the `taken` boxes,
 * keeping `gap` clear around each: `wanted` itself when it is free.
 *
 * Seen from the new card's corner, each box forbids an open rectangle (the box grown by the card's
 * size and the gap). The nearest point outside all of them has the y of `wanted` or of one of their
 * top or bottom edges (anywhere else it could move closer vertically). So each such y is tried,
 * nearest first, taking the nearest free x along it, until no y left can beat the best spot found.
 */
export function nearestFreeSpot(wanted: Point, size: Size, taken: readonly Rect[], gap = CARD_GAP): Point {
  const origin = { x: Math.round(wanted.x), y: Math.round(wanted.y) };
  // Whole pixels, rounded outwards, so a spot on an edge is really clear.
  const areas: Area[] = taken.map((box) => ({
    left: Math.floor(box.x - size.width - gap),
    right: Math.ceil(box.x + box.width + gap),
    top: Math.floor(box.y - size.height - gap),
    bottom: Math.ceil(box.y + box.height + gap),
  }));
  const rows = [...new Set([origin.y, ...areas.flatMap((area) => [area.top, area.bottom])])].sort(
    (a, b) => Math.abs(a - origin.y) - Math.abs(b - origin.y) || a - b,
  );
  let best: (Point & { distance: number }) | undefined;
  for (const y of rows) {
    if (best && Math.abs(y - origin.y) >= best.distance) break;
    const x = nearestFreeX(origin.x, areas.filter((area) => area.top < y && y < area.bottom));
    const distance = Math.hypot(x - origin.x, y - origin.y);
    if (!best || distance < best.distance) best = { x, y, distance };
  }
  // There is always a best: the rows above and below every area are free.
  return best ? { x: best.x, y: best.y } : origin;
}

/** Along one row: `x` when no area covers it, else the nearer end of the run of areas that does. */
function nearestFreeX(x: number, areas: readonly Area[]): number {
  const spans = [...areas].sort((a, b) => a.left - b.left);
  let start = Number.NaN;
  let end = Number.NaN;
  for (const span of spans) {
    // Open spans: one that starts where the run ends leaves that point free.
    if (span.left < end) {
      end = Math.max(end, span.right);
      continue;
    }
    if (start < x && x < end) break;
    start = span.left;
    end = span.right;
  }
  if (!(start < x && x < end)) return x;
  return x - start <= end - x ? start : end;
}
