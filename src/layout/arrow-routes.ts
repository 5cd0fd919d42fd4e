import type { CardBoxes } from './card-boxes';
import type { ArrowRoute, Point, Rect } from './edge-route';
import { keepArrowsApart, type ArrowLine } from './arrows-apart';
import { routeBetweenCards } from './route-between-cards';

/**
 * An arrow to route: a transition's id and the cards it joins; `labelWidth`, in canvas pixels, when
 * it carries a label ("48 mo"), which is then kept off the other labels and the cards.
 */
export type ArrowEnds = { readonly id: string; readonly source: string; readonly target: string; readonly labelWidth?: number | undefined };

/** A label's height in canvas pixels (11 px text on a 1.5 line, with its border: canvas.css). */
const LABEL_HEIGHT = 18;
/** About how wide a label is drawn, in canvas pixels: 11 px text, 5 px padding each side, a border. */
export const labelWidth = (text: string): number => Math.ceil(text.length * 6.5) + 12;
/** How far a label slides along its stretch at a time, looking for a free place. */
const LABEL_STEP = 8;

/** Lines closer than this read as one (as in arrows-apart.ts). */
const TOUCHING = 2;

/**
 * The routes of all the arrows on a map, worked out together: each arrow goes around the cards it
 * does not join (edge-route.ts), then arrows from different cards are moved apart so no two share
 * a trunk or a lane (arrows-apart.ts), and each label goes on a stretch of its arrow that no other
 * arrow runs along (the longest that has room), clear of the labels placed before it and of the cards. Arrows whose cards are not both known (not measured yet) are left
 * out. Left to right only: the canvas's arrows leave a card's right side. Pure.
 */
export function routeArrows(boxes: CardBoxes, arrows: readonly ArrowEnds[]): Map<string, ArrowRoute> {
  const found: { arrow: ArrowEnds; line: ArrowLine; routed: boolean; label: Point }[] = [];
  for (const arrow of arrows) {
    const route = routeBetweenCards(boxes, arrow.source, arrow.target);
    if (route) found.push({ arrow, line: { owner: arrow.source, points: route.points }, routed: route.routed, label: route.label });
  }
  const cards = boxes.all();
  keepArrowsApart(
    found.map(({ line }) => line),
    cards,
  );
  const lines = new LineIndex(found.map(({ line }) => line.points));
  const placed: Rect[] = [];
  const routes = new Map<string, ArrowRoute>();
  found.forEach(({ arrow, line, routed, label }, index) => {
    const own = ownStretches(line.points, index, lines);
    const at = arrow.labelWidth === undefined ? own[0]?.middle : freePlace(own, arrow.labelWidth, [...placed, ...cards]);
    if (at && arrow.labelWidth !== undefined) placed.push(labelBox(at, arrow.labelWidth));
    routes.set(arrow.id, { points: line.points, routed, label: at ?? label });
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

type OwnStretch = { vertical: boolean; at: number; lo: number; hi: number; middle: Point };

/** The stretches of the arrow that no other arrow runs along, longest first. */
function ownStretches(points: readonly Point[], arrow: number, lines: LineIndex): OwnStretch[] {
  const found: OwnStretch[] = [];
  for (let index = 1; index < points.length; index += 1) {
    const [a, b] = [points[index - 1]!, points[index]!];
    const vertical = a.x === b.x;
    const [at, from, to] = vertical ? [a.x, Math.min(a.y, b.y), Math.max(a.y, b.y)] : [a.y, Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const taken = lines.near(vertical, at, from, to, arrow).map(({ lo, hi }): [number, number] => [lo, hi]);
    for (const [lo, hi] of freeStretches(from, to, taken)) {
      const middle = (lo + hi) / 2;
      found.push({ vertical, at, lo, hi, middle: vertical ? { x: at, y: middle } : { x: middle, y: at } });
    }
  }
  return found.sort((a, b) => b.hi - b.lo - (a.hi - a.lo));
}

/**
 * Where a label of this width goes: on the arrow's own stretches, longest first, from the middle
 * outwards, the first place clear of `taken` (other labels, cards); else the longest's middle.
 */
function freePlace(own: readonly OwnStretch[], width: number, taken: readonly Rect[]): Point | undefined {
  for (const stretch of own) {
    const half = (stretch.hi - stretch.lo) / 2;
    for (let offset = 0; offset <= half; offset += LABEL_STEP) {
      for (const sign of offset === 0 ? [1] : [-1, 1]) {
        const along = (stretch.lo + stretch.hi) / 2 + sign * offset;
        const at = stretch.vertical ? { x: stretch.at, y: along } : { x: along, y: stretch.at };
        const box = labelBox(at, width);
        if (!taken.some((other) => overlap(box, other))) return at;
      }
    }
  }
  return own[0]?.middle;
}

const labelBox = (at: Point, width: number): Rect => ({ x: at.x - width / 2, y: at.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT });
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

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
