import { findRoutes, type RouteQuery } from '../../src/domain/graph/find-routes';
import { ROUTE_SORTS } from '../../src/domain/graph/route-rank';
import { parseMap } from '../../src/domain/parse';
import type { PathwayMap } from '../../src/domain/schema/map';
import { generateMapJson } from './generate-map';
import { generateMixedMapJson } from './generate-mixed-map';

/**
 * Route search on the generated 2,000-occupation map, in Node (the same code the browser runs): every
 * pair below, by every sort, several times; reports the 95th percentile and the slowest search. The
 * generator's moves all point forward, so the map is also searched with back moves added (every
 * seventh occupation leads three back), which makes cycles everywhere. The same for the 2,000-card
 * map of mixed kinds (1,200 jobs, 800 steps between them, moves priced through requirement trees).
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

/** The mixed map has 1,200 jobs (occ-0 … occ-1199); a route there passes through credential and program cards. */
const MIXED_PAIRS: readonly Omit<RouteQuery, 'sortBy'>[] = [
  { from: 'occ-0', to: 'occ-24' },
  { from: 'occ-100', to: 'occ-141' },
  { from: 'occ-600', to: 'occ-603' },
  { from: 'occ-900', to: 'occ-920', limit: 20 },
  { from: null, to: 'occ-44' },
  { from: null, to: 'occ-1102', limit: 20 },
  { from: 'occ-0', to: 'occ-100' },
  { from: 'occ-1199', to: 'occ-0' },
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

type Figure = { p95Ms: number; maxMs: number; searches: number };

function timeSearches(generated: Record<string, unknown>, pairs: readonly Omit<RouteQuery, 'sortBy'>[], runs: number): Figure {
  const maps = [parsed(generated), parsed(withBackMoves(generated))];
  const times: number[] = [];
  for (const map of maps) {
    for (const pair of pairs) {
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
    p95Ms: round(times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] ?? 0),
    maxMs: round(times[times.length - 1] ?? 0),
    searches: times.length,
  };
}

export type RouteSearchFigures = {
  routeSearchMs2000: number;
  routeSearchMaxMs2000: number;
  searches: number;
  routeSearchMs2000Mixed: number;
  routeSearchMaxMs2000Mixed: number;
  searchesMixed: number;
};

export function measureRouteSearch(runs: number): RouteSearchFigures {
  const occupations = timeSearches(generateMapJson(2000), PAIRS, runs);
  const mixed = timeSearches(generateMixedMapJson(2000), MIXED_PAIRS, runs);
  return {
    routeSearchMs2000: occupations.p95Ms,
    routeSearchMaxMs2000: occupations.maxMs,
    searches: occupations.searches,
    routeSearchMs2000Mixed: mixed.p95Ms,
    routeSearchMaxMs2000Mixed: mixed.maxMs,
    searchesMixed: mixed.searches,
  };
}

// `npx tsx tests/bench/route-search-figure.ts` prints the figure alone.
if (import.meta.url === `file://${process.argv[1]}`) console.log(measureRouteSearch(5));
