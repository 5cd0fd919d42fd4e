import type { CardBoxes } from './card-boxes';
import type { ArrowRoute, Point } from './edge-route';
import { keepArrowsApart, type ArrowLine } from './arrows-apart';
import { routeBetweenCards } from './route-between-cards';

/** An arrow to route: a transition's id and the cards it joins. */
export type ArrowEnds = { readonly id: string; readonly source: string; readonly target: string };

/** Lines closer than this read as one (as in arrows-apart.ts). */
const TOUCHING = 2;

/**
 * The routes of all the arrows on a map, worked out together: each arrow goes around the cards it
 * does not join (edge-route.ts), then arrows from different cards are moved apart so no two share
 * a trunk or a lane (arrows-apart.ts), and each label goes on the longest stretch of its arrow that
 * no other arrow runs along. Arrows whose cards are not both known (not measured yet) are left
 * out. Left to right only: the canvas's arrows leave a card's right side. Pure.
 */
export function routeArrows(boxes: CardBoxes, arrows: readonly ArrowEnds[]): Map<string, ArrowRoute> {
  const found: { id: string; line: ArrowLine; routed: boolean; label: Point }[] = [];
  for (const arrow of arrows) {
    const route = routeBetweenCards(boxes, arrow.source, arrow.target);
    if (route) found.push({ id: arrow.id, line: { owner: arrow.source, points: route.points }, routed: route.routed, label: route.label });
  }
  keepArrowsApart(
    found.map(({ line }) => line),
    boxes.all(),
  );
  const lines = new LineIndex(found.map(({ line }) => line.points));
  const routes = new Map<string, ArrowRoute>();
  found.forEach(({ id, line, routed, label }, index) => {
    routes.set(id, { points: line.points, routed, label: ownLabel(line.points, index, lines) ?? label });
  });
  return routes;
}

type Stretch = { arrow: number; at: number; lo: number; hi: number };

/** Every arrow's legs, by the line they lie on (rounded), so a leg finds those beside it at once. */
class LineIndex {
  private readonly across = new Map<number, Stretch[]>();
  private readonly down = new Map<number, Stretch[]>();

  constructor(arrows: readonly (readonly Point[])[]) {
    arrows.forEach((points, arrow) => {
      for (let index = 1; index < points.length; index += 1) {
        const [a, b] = [points[index - 1]!, points[index]!];
        const vertical = a.x === b.x;
        if (!vertical && a.y !== b.y) continue;
        const stretch = vertical ? { arrow, at: a.x, lo: Math.min(a.y, b.y), hi: Math.max(a.y, b.y) } : { arrow, at: a.y, lo: Math.min(a.x, b.x), hi: Math.max(a.x, b.x) };
        const lines = vertical ? this.down : this.across;
        const key = Math.round(stretch.at);
        const held = lines.get(key);
        if (held) held.push(stretch);
        else lines.set(key, [stretch]);
      }
    });
  }

  /** The legs of other arrows on this line (within TOUCHING) overlapping lo..hi. */
  near(vertical: boolean, at: number, lo: number, hi: number, except: number): Stretch[] {
    const lines = vertical ? this.down : this.across;
    const found: Stretch[] = [];
    for (let key = Math.floor(at - TOUCHING); key <= Math.ceil(at + TOUCHING); key += 1) {
      for (const stretch of lines.get(key) ?? []) {
        if (stretch.arrow !== except && Math.abs(stretch.at - at) <= TOUCHING && stretch.hi > lo && stretch.lo < hi) found.push(stretch);
      }
    }
    return found;
  }
}

/** The middle of the longest stretch of the arrow that no other arrow runs along; undefined when there is none. */
function ownLabel(points: readonly Point[], arrow: number, lines: LineIndex): Point | undefined {
  let best: { length: number; at: Point } | undefined;
  for (let index = 1; index < points.length; index += 1) {
    const [a, b] = [points[index - 1]!, points[index]!];
    const vertical = a.x === b.x;
    const [at, from, to] = vertical ? [a.x, Math.min(a.y, b.y), Math.max(a.y, b.y)] : [a.y, Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const taken = lines.near(vertical, at, from, to, arrow).map(({ lo, hi }): [number, number] => [lo, hi]);
    for (const [lo, hi] of freeStretches(from, to, taken)) {
      if (best && hi - lo <= best.length) continue;
      const middle = (lo + hi) / 2;
      best = { length: hi - lo, at: vertical ? { x: at, y: middle } : { x: middle, y: at } };
    }
  }
  return best?.at;
}

/** The parts of [from, to] outside every taken interval. */
function freeStretches(from: number, to: number, taken: [number, number][]): [number, number][] {
  taken.sort((a, b) => a[0] - b[0]);
  const free: [number, number][] = [];
  let start = from;
  for (const [lo, hi] of taken) {
    if (lo > start) free.push([start, Math.min(lo, to)]);
    start = Math.max(start, hi);
    if (start >= to) break;
  }
  if (start < to) free.push([start, to]);
  return free;
}
