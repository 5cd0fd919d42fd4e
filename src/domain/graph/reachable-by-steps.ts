import type { Occupation, PathwayMap } from '../schema/map';
import { indexGraph } from './graph-index';

/** The occupations first reached after the same number of moves. */
export type StepRing = { steps: number; occupations: Occupation[] };

/**
 * Where a job can lead: every occupation reachable by following moves (of any kind, through step
 * cards too: a credential on the way is a move) from it, grouped by the fewest moves it takes, nearest first; within a group, in map order. The job itself is not
 * listed. Breadth-first, each occupation visited once, so cycles end and a 2,000-occupation map is one
 * linear pass. Empty for an id that isn't on the map.
 */
export function reachableBySteps(map: PathwayMap, occupationId: string): StepRing[] {
  const graph = indexGraph(map);
  const start = graph.indexOf.get(occupationId);
  if (start === undefined) return [];
  const steps = new Int32Array(graph.cards.length).fill(-1);
  steps[start] = 0;
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] ?? 0;
    for (const edge of graph.out[node] ?? []) {
      const next = graph.edgeTo[edge] ?? 0;
      if (steps[next] === -1) {
        steps[next] = (steps[node] ?? 0) + 1;
        queue.push(next);
      }
    }
  }
  const rings: StepRing[] = [];
  graph.occupations.forEach((occupation, node) => {
    const count = steps[node] ?? -1;
    if (count <= 0) return;
    let ring = rings[count - 1];
    if (!ring) {
      ring = { steps: count, occupations: [] };
      rings[count - 1] = ring;
    }
    ring.occupations.push(occupation);
  });
  // A job reached only through a step card (a credential) may leave a move count with no job: skip it.
  return rings.filter((ring): ring is StepRing => ring !== undefined);
}
