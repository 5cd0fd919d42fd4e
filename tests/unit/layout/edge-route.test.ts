import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainPoints, roundedPath, routeAround, segmentHitsRect, type Point, type Rect } from '../../../src/layout/edge-route';

const box = (x: number, y: number, width = 100, height = 60): Rect => ({ x, y, width, height });
const segments = (points: readonly Point[]) => points.slice(1).map((point, index) => [points[index]!, point] as const);
const hitsAny = (points: readonly Point[], cards: readonly Rect[]) =>
  segments(points).some(([a, b]) => cards.some((card) => segmentHitsRect(a, b, card)));

describe('routeAround', () => {
  // The healthcare sample: CNA and LPN two columns apart on one row, Medical Assistant between them, a little higher.
  const cna = box(0, 100);
  const lpn = box(300, 100);
  const medicalAssistant = box(150, 80);

  it('keeps the plain path when nothing is in its way', () => {
    const route = routeAround(cna, lpn, [box(150, 300)]);
    expect(route.routed).toBe(false);
    expect(route.points).toEqual([{ x: 100, y: 130 }, { x: 300, y: 130 }]);
  });

  it('goes around a card standing between the two ends, by the nearer side, with the label on the lane', () => {
    const route = routeAround(cna, lpn, [medicalAssistant]);
    expect(route.routed).toBe(true);
    expect(hitsAny(route.points, [medicalAssistant])).toBe(false);
    // Below the card (its bottom is at 140) is nearer the row's line (130) than above it (80).
    expect(route.label).toEqual({ x: 200, y: 152 });
    expect(route.points[0]).toEqual({ x: 100, y: 130 });
    expect(route.points.at(-1)).toEqual({ x: 300, y: 130 });
    // It turns in the gaps between the columns, never inside one.
    expect(route.points.map((point) => point.x)).toEqual([100, 125, 125, 275, 275, 300]);
  });

  it('takes a lane clear of every card in the columns it crosses', () => {
    const stack = [box(150, 0), box(150, 80), box(150, 160)];
    const route = routeAround(cna, lpn, stack);
    expect(route.routed).toBe(true);
    expect(hitsAny(route.points, stack)).toBe(false);
    // The gap between the lower two cards is the nearest free lane.
    expect(route.label.y).toBe(148);
  });

  it('runs a backward move between two cards of one column out, across the gap between them and back in', () => {
    const upper = box(0, 0);
    const lower = box(0, 100);
    const route = routeAround(lower, upper, []);
    const inner = route.points.slice(1, -1);
    expect(hitsAny(inner, [upper, lower])).toBe(false);
    expect(route.label.y).toBe(80);
    expect(route.points[0]).toEqual({ x: 100, y: 130 });
    expect(route.points.at(-1)).toEqual({ x: 0, y: 30 });
  });

  it('runs a backward move along one row above or below both cards, not through them', () => {
    const left = box(0, 100);
    const right = box(300, 100);
    const route = routeAround(right, left, [box(150, 100)]);
    expect(route.routed).toBe(true);
    expect(hitsAny(route.points.slice(1, -1), [left, right, box(150, 100)])).toBe(false);
    expect([88, 172]).toContain(route.label.y);
  });

  it('keeps the plain path when no lane is free (the source is walled in)', () => {
    const wall = box(101, -1000, 20, 3000);
    const route = routeAround(cna, lpn, [wall]);
    expect(route.routed).toBe(false);
    expect(route.points).toEqual(plainPoints({ x: 100, y: 130 }, { x: 300, y: 130 }));
  });

  it('routes a top-to-bottom map the same way, turned', () => {
    const top = box(100, 0, 60, 100);
    const bottom = box(100, 300, 60, 100);
    const between = box(80, 150, 60, 100);
    const route = routeAround(top, bottom, [between], 'vertical');
    expect(route.routed).toBe(true);
    expect(route.points[0]).toEqual({ x: 130, y: 100 });
    expect(route.points.at(-1)).toEqual({ x: 130, y: 300 });
    expect(hitsAny(route.points, [between])).toBe(false);
  });

  it('only ever routes along paths that miss every other card (random maps of columns)', () => {
    const column = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 80 }), width: fc.integer({ min: 40, max: 200 }), height: fc.integer({ min: 30, max: 160 }) }), { minLength: 1, maxLength: 6 });
    const maps = fc.record({
      columns: fc.array(column, { minLength: 1, maxLength: 5 }),
      columnGap: fc.integer({ min: 10, max: 200 }),
      pick: fc.tuple(fc.nat(), fc.nat()),
    });
    let routed = 0;
    fc.assert(
      fc.property(maps, ({ columns, columnGap, pick }) => {
        const cards: Rect[] = [];
        columns.forEach((cells, index) => {
          let y = 0;
          for (const cell of cells) {
            y += cell.gap;
            cards.push(box(index * (200 + columnGap), y, cell.width, cell.height));
            y += cell.height + 1;
          }
        });
        const source = cards[pick[0] % cards.length]!;
        const target = cards[pick[1] % cards.length]!;
        if (source === target) return;
        const others = cards.filter((card) => card !== source && card !== target);
        const route = routeAround(source, target, others);
        // Always a connected orthogonal path from the source's exit to the target's entry.
        expect(route.points[0]).toEqual({ x: source.x + source.width, y: source.y + source.height / 2 });
        expect(route.points.at(-1)).toEqual({ x: target.x, y: target.y + target.height / 2 });
        for (const [a, b] of segments(route.points)) expect(a.x === b.x || a.y === b.y).toBe(true);
        if (route.routed) {
          routed += 1;
          expect(hitsAny(route.points, others)).toBe(false);
          expect(hitsAny(route.points.slice(1, -1), [source, target])).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
    // The property is about routed arrows: enough of the random maps must need one.
    expect(routed).toBeGreaterThan(50);
  });
});

describe('roundedPath', () => {
  it('rounds each corner, less on a short leg', () => {
    expect(roundedPath([{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 50, y: 6 }, { x: 100, y: 6 }])).toBe('M0,0 L47,0 Q50,0 50,3 L50,3 Q50,6 53,6 L100,6');
    expect(roundedPath([{ x: 0, y: 0 }, { x: 10, y: 0 }])).toBe('M0,0 L10,0');
  });
});
