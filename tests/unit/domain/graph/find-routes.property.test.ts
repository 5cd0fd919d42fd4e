import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRoutes } from '../../../../src/domain/graph/find-routes';
import type { RouteSort } from '../../../../src/domain/graph/route-rank';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { graphMap } from './graph-maps';

// Small random maps (cycles, unknown figures, mixed wage units and statistics), checked against brute force: every
// simple path enumerated, ranked by the rules in route-rank.ts written out again here.

const SORTS: readonly RouteSort[] = ['time', 'cost', 'wage-gain'];

const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });

const randomMap = fc.integer({ min: 2, max: 6 }).chain((size) => {
  const ids = Array.from({ length: size }, (_, index) => `o${index}`);
  const occupation = (id: string) =>
    fc.record({
      level: maybe(fc.constantFrom('entry', 'middle', 'advanced')),
      amount: maybe(fc.integer({ min: 10, max: 90 })),
      hourly: fc.boolean(),
      // Mostly means, so most gains are comparable; a median or an unstated statistic makes a gain unknown.
      statistic: fc.constantFrom('mean', 'mean', 'mean', 'median', undefined),
    }).map(({ level, amount, hourly, statistic }) => ({
      id,
      title: id,
      ...(level && { level }),
      // Hourly figures stay hourly-sized; yearly ones are in thousands.
      ...(amount !== undefined && { wage: { amount: hourly ? amount : amount * 1000, unit: hourly ? 'hour' : 'year', ...(statistic && { statistic }) } }),
    }));
  const pairs = ids.flatMap((from) => ids.filter((to) => to !== from).map((to) => [from, to] as const));
  const transition = ([from, to]: readonly [string, string]) =>
    fc.record({
      present: fc.boolean(),
      months: maybe(fc.integer({ min: 0, max: 24 })),
      cost: maybe(fc.integer({ min: 0, max: 5000 })),
      kind: maybe(fc.constantFrom('advancement', 'lateral', 'entry')),
      apprenticeship: fc.boolean(),
    }).map(({ present, months, cost, kind, apprenticeship }) =>
      present
        ? [{ id: `${from}>${to}`, from, to, ...(kind && { kind }), ...(months !== undefined && { typicalMonths: months }), ...(cost !== undefined && { costUsd: cost }), ...(apprenticeship && { viaApprenticeship: true }) }]
        : [],
    );
  return fc.record({
    map: fc.tuple(fc.tuple(...ids.map(occupation)), fc.tuple(...pairs.map(transition))).map(([occupations, moves]) => graphMap(occupations, moves.flat())),
    from: fc.option(fc.constantFrom(...ids), { nil: null }),
    to: fc.constantFrom(...ids),
    sortBy: fc.constantFrom(...SORTS),
    limit: fc.integer({ min: 1, max: 8 }),
  });
});

function startsOf(map: PathwayMap): string[] {
  const starts = new Set(map.occupations.filter((o) => o.level === 'entry').map((o) => o.id));
  for (const t of map.transitions) if (t.kind === 'entry') starts.add(t.to);
  if (starts.size > 0) return [...starts];
  return map.occupations.filter((o) => !map.transitions.some((t) => t.to === o.id)).map((o) => o.id);
}

function allSimplePaths(map: PathwayMap, starts: readonly string[], goal: string): string[][] {
  const found: string[][] = [];
  const walk = (path: string[]) => {
    const last = path[path.length - 1];
    if (last === goal) return void found.push(path);
    for (const t of map.transitions) if (t.from === last && !path.includes(t.to)) walk([...path, t.to]);
  };
  for (const start of starts) walk([start]);
  return found;
}

function yearlyFigure(map: PathwayMap, id: string): { amount: number; statistic: string | undefined } | undefined {
  const wage = map.occupations.find((o) => o.id === id)?.wage;
  if (wage?.amount === undefined) return undefined;
  return { amount: wage.unit === 'hour' ? wage.amount * 2080 : wage.amount, statistic: wage.statistic };
}

function rankOf(map: PathwayMap, path: readonly string[], sort: RouteSort): number[] {
  const moves = path.slice(1).map((to, index) => map.transitions.find((t) => t.from === path[index] && t.to === to)!);
  const sum = (pick: (t: (typeof moves)[number]) => number) => moves.reduce((total, t) => total + pick(t), 0);
  const months = sum((t) => t.typicalMonths ?? 0);
  const unknownMonths = sum((t) => (t.typicalMonths === undefined ? 1 : 0));
  const cost = sum((t) => t.costUsd ?? 0);
  const unknownCost = sum((t) => (t.costUsd === undefined ? 1 : 0));
  const start = yearlyFigure(map, path[0]!);
  const goal = yearlyFigure(map, path[path.length - 1]!);
  // Minus the gain; unknown when a figure is missing or the two aren't the same stated statistic.
  const comparable = start !== undefined && goal !== undefined && start.statistic !== undefined && start.statistic === goal.statistic;
  const gain = comparable ? start.amount - goal.amount : Infinity;
  if (sort === 'time') return [unknownMonths, months, moves.length, cost, unknownCost, gain];
  if (sort === 'cost') return [unknownCost, cost, months, unknownMonths, moves.length, gain];
  return [gain, months, unknownMonths, moves.length, cost, unknownCost];
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return a[index]! < b[index]! ? -1 : 1;
  return 0;
}

describe('findRoutes, on random maps', () => {
  it('returns simple routes along existing moves, from a start to the goal, each once', () => {
    fc.assert(
      fc.property(randomMap, ({ map, from, to, sortBy, limit }) => {
        const starts = from === null ? startsOf(map) : [from];
        for (const route of findRoutes(map, { from, to, sortBy, limit }).routes) {
          const path = route.occupations.map((o) => o.id);
          expect(starts).toContain(path[0]);
          expect(path[path.length - 1]).toBe(to);
          expect(new Set(path).size).toBe(path.length);
          route.steps.forEach((step, index) => {
            expect(map.transitions).toContain(step.transition);
            expect([step.transition.from, step.transition.to]).toEqual([path[index], path[index + 1]]);
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns the best `limit` routes in order of the chosen sort, as brute force ranks them', () => {
    fc.assert(
      fc.property(randomMap, ({ map, from, to, sortBy, limit }) => {
        const search = findRoutes(map, { from, to, sortBy, limit });
        if (from === to) return void expect(search.status).toBe('same');
        const expected = allSimplePaths(map, from === null ? startsOf(map) : [from], to)
          .map((path) => rankOf(map, path, sortBy))
          .sort(compare)
          .slice(0, limit);
        const paths = search.routes.map((route) => route.occupations.map((o) => o.id));
        expect(paths.map((path) => rankOf(map, path, sortBy))).toEqual(expected);
        expect(new Set(paths.map(String)).size).toBe(paths.length);
        expect(search.status).toBe(expected.length > 0 ? 'found' : 'unreachable');
      }),
      { numRuns: 500 },
    );
  });
});
