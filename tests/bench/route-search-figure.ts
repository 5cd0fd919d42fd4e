import { findRoutes, type RouteQuery } from '../../src/domain/graph/find-routes';
import { ROUTE_SORTS } from '../../src/domain/graph/route-rank';
import { parseMap } from '../../src/domain/parse';
import type { PathwayMap } from '../../src/domain/schema/map';
import { generateMapJson } from './generate-map';

/**
 * Route search on the generated 2,000-occupation map, in Node (the same code the browser runs): every
 * pair below, by every sort, several times; reports the 95th percentile and the slowest search. The
 * generator's moves all point forward, so the map is also searched with back moves added (every
 * seventh occupation leads three back), which makes cycles everywhere.
 */
const PAIRS: readonly Omit<RouteQuery, 'sortBy'>[] = [
  { from: 'occ-0', to: 'occ-24' },
  { from: 'occ-100', to: 'occ-141' }, // about ten moves apart
  { from: 'occ-1000', to: 'occ-1003' },
  { from: 'occ-1500', to: 'occ-1520', limit: 20 },
  { from: null, to: 'occ-44' }, // no experience: every entry-level occupation is a start
  { from: null, to: 'occ-1802', limit: 20 },
  { from: 'occ-0', to: 'occ-100' }, // more moves apart than a route may have
  { from: 'occ-1999', to: 'occ-0' }, // unreachable
];

function withBackMoves(json: Record<string, unknown>): Record<string, unknown> {
  const transitions = [...(json.transitions as Record<string, unknown>[])];
  const count = (json.occupations as unknown[]).length;
  for (let i = 7; i < count; i += 7) {
    transitions.push({ id: `back-${i}`, from: `occ-${i}`, to: `occ-${i - 3}`, kind: 'lateral', typicalMonths: 6 });
  }
  return { ...json, transitions };
}

function parsed(json: Record<string, unknown>): PathwayMap {
  const result = parseMap(JSON.stringify(json));
  if (!result.ok) throw new Error(`generated map is invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.map;
}

export function measureRouteSearch(runs: number): { routeSearchMs2000: number; routeSearchMaxMs2000: number; searches: number } {
  const generated = generateMapJson(2000);
  const maps = [parsed(generated), parsed(withBackMoves(generated))];
  const times: number[] = [];
  for (const map of maps) {
    for (const pair of PAIRS) {
      for (const sortBy of ROUTE_SORTS) {
        findRoutes(map, { ...pair, sortBy }); // warm-up
        for (let run = 0; run < runs; run += 1) {
          const start = performance.now();
          findRoutes(map, { ...pair, sortBy });
          times.push(performance.now() - start);
        }
      }
    }
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    routeSearchMs2000: round(times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] ?? 0),
    routeSearchMaxMs2000: round(times[times.length - 1] ?? 0),
    searches: times.length,
  };
}

// `npx tsx tests/bench/route-search-figure.ts` prints the figure alone.
if (import.meta.url === `file://${process.argv[1]}`) console.log(measureRouteSearch(5));
