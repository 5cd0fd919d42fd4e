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
  const lines = found.map(({ line }) => line);
  keepArrowsApart(lines, boxes.all());
  const routes = new Map<string, ArrowRoute>();
  found.forEach(({ id, line, routed, label }, index) => {
    const others = lines.filter((_, other) => other !== index);
    routes.set(id, { points: line.points, routed, label: ownLabel(line.points, others) ?? label });
  });
  return routes;
}

/** The middle of the longest stretch of the arrow that no other arrow runs along; undefined when there is none. */
function ownLabel(points: readonly Point[], others: readonly ArrowLine[]): Point | undefined {
  let best: { length: number; at: Point } | undefined;
  for (let index = 1; index < points.length; index += 1) {
    const [a, b] = [points[index - 1]!, points[index]!];
    const vertical = a.x === b.x;
    const [at, from, to] = vertical ? [a.x, Math.min(a.y, b.y), Math.max(a.y, b.y)] : [a.y, Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const taken: [number, number][] = [];
    for (const other of others) {
      for (let step = 1; step < other.points.length; step += 1) {
        const [c, d] = [other.points[step - 1]!, other.points[step]!];
        if (vertical ? c.x !== d.x || Math.abs(c.x - at) > TOUCHING : c.y !== d.y || Math.abs(c.y - at) > TOUCHING) continue;
        const [lo, hi] = vertical ? [Math.min(c.y, d.y), Math.max(c.y, d.y)] : [Math.min(c.x, d.x), Math.max(c.x, d.x)];
        if (hi > from && lo < to) taken.push([lo, hi]);
      }
    }
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
