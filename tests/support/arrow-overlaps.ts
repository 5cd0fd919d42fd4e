import type { Point } from '../../src/layout/edge-route';

/** An arrow as drawn: the cards it leaves and enters and the corners of its path. */
export type DrawnArrow = { name: string; source: string; target: string; points: readonly Point[] };

/** How close two parallel legs may run before they read as one line, in canvas pixels. */
const TOUCHING = 2;

type Leg = { vertical: boolean; at: number; from: number; to: number };

function legs(points: readonly Point[]): Leg[] {
  const found: Leg[] = [];
  for (let index = 1; index < points.length; index += 1) {
    const [a, b] = [points[index - 1]!, points[index]!];
    if (Math.abs(a.x - b.x) < 0.5) found.push({ vertical: true, at: a.x, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y) });
    else if (Math.abs(a.y - b.y) < 0.5) found.push({ vertical: false, at: a.y, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x) });
  }
  return found;
}

/** How long two arrows run together: the summed length of their legs that lie on one line (within TOUCHING). */
export function sharedLength(a: readonly Point[], b: readonly Point[], only?: 'vertical'): number {
  let shared = 0;
  for (const one of legs(a)) {
    if (only === 'vertical' && !one.vertical) continue;
    for (const other of legs(b)) {
      if (one.vertical !== other.vertical || Math.abs(one.at - other.at) > TOUCHING) continue;
      shared += Math.max(0, Math.min(one.to, other.to) - Math.max(one.from, other.from));
    }
  }
  return shared;
}

/**
 * Pairs of arrows from different cards that run together longer than `limit`, with how long.
 * `strangers`: only pairs that also lead to different cards (arrows into one card may meet before it).
 */
export function arrowsRunningTogether(arrows: readonly DrawnArrow[], limit: number, { only, strangers = false }: { only?: 'vertical'; strangers?: boolean } = {}): string[] {
  const found: string[] = [];
  arrows.forEach((a, index) => {
    for (const b of arrows.slice(index + 1)) {
      if (a.source === b.source || (strangers && a.target === b.target)) continue;
      const shared = sharedLength(a.points, b.points, only);
      if (shared > limit) found.push(`${a.name} and ${b.name}: ${Math.round(shared)} px`);
    }
  });
  return found;
}

/**
 * The corners of an SVG path as the canvas draws arrows: straight legs (M, L) whose corners are
 * rounded by quadratic curves (Q) whose control point is the corner itself. React Flow's stepped
 * paths are drawn the same way.
 */
export function pathCorners(d: string): Point[] {
  const points: Point[] = [];
  for (const [, command, numbers] of d.matchAll(/([MLQ])([^MLQ]*)/g)) {
    const values = (numbers ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);
    // M and L name one point; Q names its corner, then where the curve ends (on the next leg).
    for (let index = 0; index + 1 < values.length; index += 2) {
      if (command === 'Q' && index > 0) continue;
      points.push({ x: values[index]!, y: values[index + 1]! });
    }
  }
  return points;
}
