import type { Cost } from '../requirements/cost';
import type { PathwayMap } from '../schema/map';
import { indexGraph, type GraphIndex } from './graph-index';
import { moveFigurer, type MoveFigurer } from './move-figures';
import { noExperienceWaysIn, type WayIn } from './route-starts';

/** What route searches need of a map whatever is asked: its graph, its moves priced, its ways in. */
export type PreparedMap = {
  graph: GraphIndex;
  figurer: MoveFigurer;
  /** Each move's cost, by the graph's edge number (worked out on first use). */
  moveCosts(): readonly Cost[];
  /** Where a route from no experience may start (worked out on first use). */
  waysIn(): readonly WayIn[];
};

// Maps are never changed in place (every edit makes a new map object), so what is worked out for
// one map object holds while it lives; a reader's next search on the same map (another sort,
// another job) starts at once. Pricing every move is most of a search on a 2,000-card map of mixed
// kinds (about 20 ms of the figures in tests/bench/route-search-figure.ts).
const prepared = new WeakMap<PathwayMap, PreparedMap>();

export function prepareMap(map: PathwayMap): PreparedMap {
  const known = prepared.get(map);
  if (known) return known;
  const graph = indexGraph(map);
  const figurer = moveFigurer(map);
  let costs: readonly Cost[] | undefined;
  let ways: readonly WayIn[] | undefined;
  const made: PreparedMap = {
    graph,
    figurer,
    moveCosts: () => (costs ??= graph.transitions.map((move) => figurer.costOf(move))),
    waysIn: () => (ways ??= noExperienceWaysIn(map, graph)),
  };
  prepared.set(map, made);
  return made;
}
