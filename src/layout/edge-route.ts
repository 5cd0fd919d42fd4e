/**
 * Where an arrow runs so it never passes under a card it does not join. Pure geometry (no React, no
 * React Flow), shared by the canvas (transition-edge.tsx) and the exported image (io/map-svg.ts), so
 * both draw the same route.
 *
 * An arrow leaves its source's exit side and enters its target's entry side (right → left on a
 * left-to-right map). Its plain path is React Flow's smoothstep: across, one turn in the middle,
 * across. When that path would cross another card, the arrow instead runs along a free "lane": out
 * of the source, a turn in the gap after the source's column, along the lane past the cards in
 * between, a turn in the gap before the target, and in. Of the free lanes, the one nearest the
 * straight line wins. A backward arrow (target left of its source, e.g. two cards in one column)
 * runs out a little, along a lane clear of both cards (and any between), and back in.
 * Everything is worked out in a left-to-right frame; a top-to-bottom map is turned into it and back.
 */

export type Rect = { x: number; y: number; width: number; height: number };
export type Point = { x: number; y: number };
/** 'horizontal': arrows leave a card's right side for the next card's left; 'vertical': bottom → top. */
export type RouteDirection = 'horizontal' | 'vertical';
/** `routed`: false when the plain path was kept (nothing in the way, or no free lane). */
export type ArrowRoute = { points: Point[]; label: Point; routed: boolean };

/** How far a lane passes from the cards it goes by. */
export const LANE_MARGIN = 12;
/** How close any part of an arrow may come to a card it does not join. */
const CLEARANCE = 4;
/** How far an arrow runs out of its card before turning (React Flow's smoothstep offset). */
const STUB = 20;
/**
 * How many lanes to try, nearest first. A lane further off would be a long detour that reads worse
 * than the plain path, and trying every lane past a tall column of cards costs seconds on a large map.
 */
const MAX_LANES = 16;

/**
 * The route of one arrow. `ends`: where the arrow starts and ends (the canvas's handle positions);
 * by default the middle of the source's exit side and of the target's entry side.
 * `obstacles`: the other cards (not the source or target), at least those near the arrow.
 */
export function routeAround(
  source: Rect,
  target: Rect,
  obstacles: readonly Rect[],
  direction: RouteDirection = 'horizontal',
  ends?: { from: Point; to: Point },
): ArrowRoute {
  if (direction === 'vertical') {
    const turned = routeAcross(
      flipRect(source),
      flipRect(target),
      obstacles.map(flipRect),
      ends ? { from: flipPoint(ends.from), to: flipPoint(ends.to) } : undefined,
    );
    return { points: turned.points.map(flipPoint), label: flipPoint(turned.label), routed: turned.routed };
  }
  return routeAcross(source, target, obstacles, ends);
}

/**
 * The corner points of the plain (stepped) path from `from` (leaving rightwards) to `to` (entering
 * rightwards): across, one turn at `turn` (by default halfway), across.
 */
export function plainPoints(from: Point, to: Point, turn?: number): Point[] {
  if (to.x > from.x) {
    const middle = turn ?? (from.x + to.x) / 2;
    return tidy([from, { x: middle, y: from.y }, { x: middle, y: to.y }, to]);
  }
  const middle = (from.y + to.y) / 2;
  return tidy([from, { x: from.x + STUB, y: from.y }, { x: from.x + STUB, y: middle }, { x: to.x - STUB, y: middle }, { x: to.x - STUB, y: to.y }, to]);
}

/** Total length of a polyline. */
export function polylineLength(points: readonly Point[]): number {
  let length = 0;
  for (let index = 1; index < points.length; index += 1) {
    length += Math.abs(points[index]!.x - points[index - 1]!.x) + Math.abs(points[index]!.y - points[index - 1]!.y);
  }
  return length;
}

/** An SVG path through the points, each corner rounded (at most `radius`, less on a short leg). */
export function roundedPath(points: readonly Point[], radius = 10): string {
  if (points.length === 0) return '';
  const first = points[0]!;
  const parts = [`M${num(first.x)},${num(first.y)}`];
  for (let index = 1; index < points.length - 1; index += 1) {
    const [before, corner, after] = [points[index - 1]!, points[index]!, points[index + 1]!];
    const bend = Math.min(radius, distance(before, corner) / 2, distance(corner, after) / 2);
    const into = towards(corner, before, bend);
    const out = towards(corner, after, bend);
    parts.push(`L${num(into.x)},${num(into.y)}`, `Q${num(corner.x)},${num(corner.y)} ${num(out.x)},${num(out.y)}`);
  }
  const last = points[points.length - 1]!;
  if (points.length > 1) parts.push(`L${num(last.x)},${num(last.y)}`);
  return parts.join(' ');
}

/** True when the axis-aligned segment a→b comes within `clearance` of the rect's inside. */
export function segmentHitsRect(a: Point, b: Point, rect: Rect, clearance = 0): boolean {
  return (
    Math.min(a.x, b.x) < rect.x + rect.width + clearance &&
    Math.max(a.x, b.x) > rect.x - clearance &&
    Math.min(a.y, b.y) < rect.y + rect.height + clearance &&
    Math.max(a.y, b.y) > rect.y - clearance
  );
}

function routeAcross(source: Rect, target: Rect, obstacles: readonly Rect[], ends?: { from: Point; to: Point }): ArrowRoute {
  const from = ends?.from ?? { x: source.x + source.width, y: source.y + source.height / 2 };
  const to = ends?.to ?? { x: target.x, y: target.y + target.height / 2 };
  // A forward arrow turns in the gap just before its target: arrows into one card then run
  // together only for that gap, while a long run at the source's height is its own.
  const plain = plainPoints(from, to, to.x > from.x ? turnsBefore(to.x, from.x, obstacles, true)[0] : undefined);
  if (isClear(plain, source, target, obstacles)) return { points: plain, label: plainLabel(plain), routed: false };

  const forward = to.x > from.x;
  const firstTurns = turnsAfter(from.x, forward ? to.x : Infinity, obstacles, forward);
  const lastTurns = turnsBefore(to.x, forward ? from.x : -Infinity, obstacles, forward);
  const ends2 = forward ? [] : [source, target];
  for (const lane of lanes(from, to, [...obstacles, ...ends2])) {
    for (const first of firstTurns) {
      for (const last of lastTurns) {
        if (forward && first > last) continue;
        const points = tidy([from, { x: first, y: from.y }, { x: first, y: lane }, { x: last, y: lane }, { x: last, y: to.y }, to]);
        if (isClear(points, source, target, obstacles)) return { points, label: { x: (first + last) / 2, y: lane }, routed: true };
      }
    }
  }
  return { points: plain, label: plainLabel(plain), routed: false };
}

/** Lanes to try, nearest the straight line first: the ends' own lines, then just above and below each card. */
function lanes(from: Point, to: Point, cards: readonly Rect[]): number[] {
  const candidates = new Set<number>([from.y, to.y]);
  for (const card of cards) {
    candidates.add(card.y - LANE_MARGIN);
    candidates.add(card.y + card.height + LANE_MARGIN);
  }
  // The target's own line comes last among equals: arrows into one card along it would run together
  // (the source's line is the arrow's own).
  const detour = (lane: number) => (lane === from.y ? 0 : lane === to.y ? 2 : 1);
  const cost = (lane: number) => Math.abs(lane - from.y) + Math.abs(lane - to.y) + detour(lane);
  return [...candidates].sort((a, b) => cost(a) - cost(b) || a - b).slice(0, MAX_LANES);
}

/** Where the arrow may turn after leaving its source: the middle of the gap before the next card, or a short stub out. */
function turnsAfter(x: number, limit: number, obstacles: readonly Rect[], middleFirst: boolean): number[] {
  let next = limit;
  for (const card of obstacles) if (card.x >= x && card.x < next) next = card.x;
  const gap = next - x;
  const middle = Number.isFinite(gap) ? x + gap / 2 : x + STUB;
  const stub = x + Math.min(STUB, middle - x);
  return unique(middleFirst ? [middle, stub] : [stub, middle]);
}

/** Where the arrow may turn before entering its target: the middle of the gap after the previous card, or a short stub. */
function turnsBefore(x: number, limit: number, obstacles: readonly Rect[], middleFirst: boolean): number[] {
  let previous = limit;
  for (const card of obstacles) {
    const right = card.x + card.width;
    if (right <= x && right > previous) previous = right;
  }
  const gap = x - previous;
  const middle = Number.isFinite(gap) ? x - gap / 2 : x - STUB;
  const stub = x - Math.min(STUB, x - middle);
  return unique(middleFirst ? [middle, stub] : [stub, middle]);
}

/**
 * No part of the path comes near another card, and between its ends it does not run through its own
 * source or target either (the first and last legs start and end at them).
 */
function isClear(points: readonly Point[], source: Rect, target: Rect, obstacles: readonly Rect[]): boolean {
  for (let index = 1; index < points.length; index += 1) {
    const [a, b] = [points[index - 1]!, points[index]!];
    for (const card of obstacles) if (segmentHitsRect(a, b, card, CLEARANCE)) return false;
    const inner = index > 1 && index < points.length - 1;
    if (inner && (segmentHitsRect(a, b, source) || segmentHitsRect(a, b, target))) return false;
  }
  return true;
}

/** The plain path's label: the middle of its middle leg (as smoothstep places it). */
function plainLabel(points: readonly Point[]): Point {
  if (points.length < 2) return points[0] ?? { x: 0, y: 0 };
  const middle = Math.floor((points.length - 1) / 2);
  const [a, b] = [points[middle]!, points[middle + 1]!];
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** Drops repeated points and the middle of three points on one line. */
function tidy(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const point of points) {
    const last = out[out.length - 1];
    if (last && last.x === point.x && last.y === point.y) continue;
    const before = out[out.length - 2];
    if (before && last && ((before.x === last.x && last.x === point.x) || (before.y === last.y && last.y === point.y))) {
      const sameWay = (last.x - before.x) * (point.x - last.x) + (last.y - before.y) * (point.y - last.y) > 0;
      if (sameWay) out.pop();
    }
    out.push(point);
  }
  return out;
}

const unique = (values: number[]) => [...new Set(values)];
const flipPoint = (point: Point): Point => ({ x: point.y, y: point.x });
const flipRect = (rect: Rect): Rect => ({ x: rect.y, y: rect.x, width: rect.height, height: rect.width });
const distance = (a: Point, b: Point) => Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
const towards = (from: Point, to: Point, by: number): Point => {
  const length = distance(from, to);
  return length === 0 ? from : { x: from.x + ((to.x - from.x) / length) * by, y: from.y + ((to.y - from.y) / length) * by };
};
const num = (value: number) => String(Math.round(value * 10) / 10);
