import type { Occupation, PathwayMap, Step } from '../schema/map';
import { ROUTE_BOUNDS } from './find-routes';
import { indexGraph } from './graph-index';
import { noExperienceWaysIn } from './route-starts';
import { walksToFirstJob } from './walks-to-first-job';

/**
 * A way in from no experience, for the reader: the step card it starts at (undefined when it starts at
 * a job), the cards an entry move into that job names, and the first jobs it leads to.
 */
export type WayInSummary = { step: Step | undefined; named: Step[]; firstJobs: Occupation[] };

/** Where someone with no experience can start (route-starts.ts), in map order, jobs first, each with the jobs it leads to first. */
export function waysInFromNoExperience(map: PathwayMap): WayInSummary[] {
  const graph = indexGraph(map);
  const jobs = graph.occupations.length;
  return noExperienceWaysIn(map, graph).map((way) => {
    const reached =
      way.node < jobs ? [way.node] : walksToFirstJob(graph, way.node, ROUTE_BOUNDS.maxSteps, 200).map((walk) => graph.edgeTo[walk[walk.length - 1] as number] as number);
    return { step: way.node < jobs ? undefined : (graph.cards[way.node] as Step), named: way.named, firstJobs: [...new Set(reached)].map((node) => graph.occupations[node] as Occupation) };
  });
}
