import type { Cost } from '../requirements/cost';
import { yearlyAmount, type WageGain } from './route-wages';

type Parts = { months: number; unknownMonths: number; cost: number; unknownCost: number; steps: number; gain: number };

/** What the routes are sorted by: quickest, cheapest, or the biggest pay rise first. */
export const ROUTE_SORTS = ['time', 'cost', 'wage-gain'] as const;
export type RouteSort = (typeof ROUTE_SORTS)[number];

/**
 * A route's rank: numbers compared in order, the first difference deciding; smaller comes first.
 * Every rank adds up along a route (a step adds its figures, the start adds the wage gain), so the
 * search can rank partial routes and bound what is left (find-routes.ts).
 *
 * A figure the map leaves out counts as 0 in its total and adds 1 to its "unknown" count, which
 * ranks first: a route whose figure is fully known comes before any that is "at least" something or
 * "not known" (a quickest-first list never opens with a route whose time nobody knows), then fewer
 * unknown steps, then what is known for sure ("at least 12 months"). Then fewer steps; the rest break
 * ties. Every part adds up along a route and none is negative, so the search's bound holds in any order.
 *   time:      unknown months, months, steps, cost, unknown costs, gain
 *   cost:      unknown costs, cost, months, unknown months, steps, gain
 *   wage-gain: gain, months, unknown months, steps, cost, unknown costs
 * "gain" is minus the yearly gain between figures of the same statistic (biggest first); an unknown
 * gain, or one between different or unstated statistics (not comparable), is +Infinity (last), never 0.
 */
const ORDER: Readonly<Record<RouteSort, readonly (keyof Parts)[]>> = {
  time: ['unknownMonths', 'months', 'steps', 'cost', 'unknownCost', 'gain'],
  cost: ['unknownCost', 'cost', 'months', 'unknownMonths', 'steps', 'gain'],
  'wage-gain': ['gain', 'months', 'unknownMonths', 'steps', 'cost', 'unknownCost'],
};

function arrange(sort: RouteSort, parts: Parts): number[] {
  return ORDER[sort].map((part) => parts[part]);
}

/**
 * What one move adds to a route's rank, from what it takes (move-figures.ts): a part not known counts
 * the move as unknown. `moves` 0 ranks what a route takes before its first move (a program it starts at).
 */
export function stepRank(sort: RouteSort, cost: Cost, moves = 1): number[] {
  return arrange(sort, {
    months: cost.months,
    unknownMonths: cost.unknownMonthParts > 0 ? 1 : 0,
    cost: cost.usd,
    unknownCost: cost.unknownUsdParts > 0 ? 1 : 0,
    steps: moves,
    gain: 0,
  });
}

/** A route's rank before its first step: only the wage gain from where it starts to the goal. */
export function startRank(sort: RouteSort, gain: WageGain | undefined): number[] {
  return arrange(sort, {
    months: 0,
    unknownMonths: 0,
    cost: 0,
    unknownCost: 0,
    steps: 0,
    gain: gain?.comparable === true ? -yearlyAmount(gain) : Number.POSITIVE_INFINITY,
  });
}

/** How many numbers a rank has. */
export const RANK_WIDTH = 6;

/**
 * Ranks stored side by side in one Float64Array (RANK_WIDTH numbers each, no object per rank: a
 * search builds tens of thousands). Negative when the rank at a[ai] comes first, positive when b[bi]
 * does, 0 when they tie. Infinity equals Infinity.
 */
export function compareRanksAt(a: Float64Array, ai: number, b: Float64Array, bi: number): number {
  for (let index = 0; index < RANK_WIDTH; index += 1) {
    const x = a[ai + index] as number;
    const y = b[bi + index] as number;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}
