import type { Occupation, PathwayMap, Transition } from '../schema/map';
import { rankToGoal, stepsToGoal } from './distance-to-goal';
import type { Card, GraphIndex } from './graph-index';
import { MinHeap } from './min-heap';
import type { MoveFigurer } from './move-figures';
import { prepareMap } from './prepared-map';
import { makeRoute, type Route, type RouteMove, type RouteOrigin } from './route';
import { PartialRoutes } from './partial-routes';
import { RANK_WIDTH, startRank, stepRank, type RouteSort } from './route-rank';
import type { WayIn } from './route-starts';
import { wageGain } from './route-wages';
import { walksToFirstJob } from './walks-to-first-job';

/**
 * The bounds that keep a search fast on any map (a 2,000-occupation map with cycles included):
 * - maxSteps: routes have at most 12 moves. A goal that only a longer chain reaches gets status
 *   'too-far', which the route finder words as "only routes of more than 12 moves lead there".
 * - maxPartialRoutes: the search builds at most 50,000 partial routes. Routes come out best first,
 *   so the ones found when this bound is hit are still the best; `stoppedEarly` says there may be
 *   more, and the route finder says so under the list.
 * - maxResults: at most 50 routes are asked for, whatever the limit.
 */
export const ROUTE_BOUNDS = { maxSteps: 12, maxPartialRoutes: 50_000, maxResults: 50 } as const;

/** At most this many walks from one step card to the first jobs it leads to (walks-to-first-job.ts). */
const MAX_WALKS_PER_START = 200;

export const DEFAULT_ROUTE_LIMIT = 5;

export type RouteQuery = {
  /** The job seeker's current occupation id, or null for "no experience" (see route-starts.ts). */
  from: string | null;
  to: string;
  sortBy?: RouteSort;
  limit?: number;
};

export type RouteSearchStatus =
  /** At least one route. */
  | 'found'
  /** From and To are the same occupation. */
  | 'same'
  /** From or To names no occupation on the map. */
  | 'unknown-occupation'
  /** No chain of moves leads from the start to the goal. */
  | 'unreachable'
  /** Only chains longer than ROUTE_BOUNDS.maxSteps lead there. */
  | 'too-far'
  /** The search hit ROUTE_BOUNDS.maxPartialRoutes before finding any route. */
  | 'search-limit';

export type RouteSearch = { status: RouteSearchStatus; routes: Route[]; stoppedEarly: boolean };

function toRoute(graph: GraphIndex, partials: PartialRoutes, end: number, figurer: MoveFigurer, origins: ReadonlyMap<number, WayIn>): Route {
  const moves: RouteMove[] = [];
  let at = end;
  for (; (partials.parent[at] as number) >= 0; at = partials.parent[at] as number) {
    const edge = partials.edge[at] as number;
    const transition = graph.transitions[edge] as Transition;
    moves.push({ transition, to: graph.cards[partials.node[at] as number] as Card, figures: figurer.figuresOf(transition) });
  }
  // Occupations come first in the graph's numbering (graph-index.ts).
  const isJob = (card: Card): card is Occupation => (graph.indexOf.get(card.id) ?? Number.POSITIVE_INFINITY) < graph.occupations.length;
  const titleOf = (id: string) => {
    const index = graph.indexOf.get(id);
    return index === undefined ? undefined : graph.cards[index]?.title;
  };
  const way = origins.get(at);
  const origin: RouteOrigin = { card: graph.cards[partials.node[at] as number] as Card, figures: way?.figures, named: way?.named ?? [] };
  return makeRoute(origin, moves.reverse(), isJob, titleOf);
}

const none = (status: RouteSearchStatus): RouteSearch => ({ status, routes: [], stoppedEarly: false });

/**
 * The best simple routes (no card twice) from a job, or from no experience, to a goal, best
 * first by the chosen sort (route-rank.ts says how each sort ranks, unknown figures included).
 *
 * A best-first (A*) search over partial routes: each is ranked by what it has taken so far plus the
 * best any walk from its end to the goal could add (computed backwards once, distance-to-goal.ts).
 * That bound never overestimates, so routes reach the goal in rank order and the search stops as soon
 * as `limit` routes have; partial routes that can't reach the goal within the step bound, or that
 * would repeat a card, are never built. Pure: the map is only read.
 */
export function findRoutes(map: PathwayMap, query: RouteQuery): RouteSearch {
  const sort = query.sortBy ?? 'time';
  const limit = Math.max(1, Math.min(ROUTE_BOUNDS.maxResults, Math.floor(query.limit ?? DEFAULT_ROUTE_LIMIT)));
  const prepared = prepareMap(map);
  const { graph, figurer } = prepared;
  // From and To are jobs; the step cards (credentials, programs) are passed on the way, and a route
  // from no experience may start at one (route-starts.ts).
  const job = (id: string | null) => {
    const index = id === null ? undefined : graph.indexOf.get(id);
    return index !== undefined && index < graph.occupations.length ? index : undefined;
  };
  const goal = job(query.to);
  const from = job(query.from);
  if (goal === undefined || (query.from !== null && from === undefined)) return none('unknown-occupation');
  if (from === goal) return none('same');

  // A route from one job never comes back to it, so the way to the goal is measured without it.
  const steps = stepsToGoal(graph, goal, from);
  const starts: readonly WayIn[] = from === undefined ? prepared.waysIn() : [{ node: from, figures: undefined, named: [] }];
  const reachable = starts.filter((start) => (steps[start.node] as number) >= 0);
  if (reachable.length === 0) return none('unreachable');
  if (reachable.every((start) => (steps[start.node] as number) > ROUTE_BOUNDS.maxSteps)) return none('too-far');

  const edgeRanks = new Float64Array(graph.transitions.length * RANK_WIDTH);
  prepared.moveCosts().forEach((cost, edge) => edgeRanks.set(stepRank(sort, cost), edge * RANK_WIDTH));
  const toGoal = rankToGoal(graph, goal, edgeRanks, from);
  const partials = new PartialRoutes();
  const heap = new MinHeap<number>((a, b) => partials.before(a, b));
  const nothing = new Float64Array(RANK_WIDTH);
  // Each start's first partial route, by number: what it takes before its first move and the cards it names.
  const origins = new Map<number, WayIn>();
  const jobs = graph.occupations.length;
  let stoppedEarly = false;
  seeding: for (const start of reachable) {
    // A start before any job (a program, a licence) is followed to each first job it leads to: the
    // wage gain counts from that job, so the route's rank is known from the start (route-rank.ts).
    const walks = start.node < jobs ? [[]] : walksToFirstJob(graph, start.node, ROUTE_BOUNDS.maxSteps, MAX_WALKS_PER_START);
    for (const walk of walks) {
      if (partials.size >= ROUTE_BOUNDS.maxPartialRoutes) {
        stoppedEarly = true;
        break seeding;
      }
      const firstJob = walk.length === 0 ? start.node : (graph.edgeTo[walk[walk.length - 1] as number] as number);
      const left = steps[firstJob] as number;
      if (left < 0 || walk.length + left > ROUTE_BOUNDS.maxSteps) continue;
      const begin = Float64Array.from(startRank(sort, wageGain(graph.occupations[firstJob], graph.occupations[goal])));
      const before = Float64Array.from(start.figures === undefined ? nothing : stepRank(sort, start.figures.cost, 0));
      let id = partials.add(start.node, -1, -1, begin, 0, before, 0, toGoal, start.node * RANK_WIDTH);
      origins.set(id, start);
      for (const edge of walk) {
        const next = graph.edgeTo[edge] as number;
        id = partials.add(next, edge, id, partials.rank, id * RANK_WIDTH, edgeRanks, edge * RANK_WIDTH, toGoal, next * RANK_WIDTH);
      }
      heap.push(id);
    }
  }

  const routes: Route[] = [];
  for (let id = heap.pop(); id !== undefined; id = heap.pop()) {
    const node = partials.node[id] as number;
    if (node === goal) {
      routes.push(toRoute(graph, partials, id, figurer, origins));
      if (routes.length >= limit) break;
      continue;
    }
    if (partials.size >= ROUTE_BOUNDS.maxPartialRoutes) {
      stoppedEarly = true;
      break;
    }
    const depth = partials.depth[id] as number;
    for (const edge of graph.out[node] ?? []) {
      const next = graph.edgeTo[edge] as number;
      const left = steps[next] as number;
      if (left < 0 || depth + 1 + left > ROUTE_BOUNDS.maxSteps || partials.passesThrough(id, next)) continue;
      heap.push(partials.add(next, edge, id, partials.rank, id * RANK_WIDTH, edgeRanks, edge * RANK_WIDTH, toGoal, next * RANK_WIDTH));
    }
  }
  const status = routes.length > 0 ? 'found' : stoppedEarly ? 'search-limit' : 'unreachable';
  return { status, routes, stoppedEarly };
}
