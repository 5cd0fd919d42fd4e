import type { Occupation, PathwayMap, Transition } from '../schema/map';

/**
 * A map's occupations and moves as numbered nodes and edges, built once per search: lists of edge
 * numbers out of and into each occupation. Moves whose ends are missing (parse refuses them) and
 * self-loops are left out, so a search never meets them.
 */
export type GraphIndex = {
  readonly occupations: readonly Occupation[];
  readonly transitions: readonly Transition[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** For each edge: its from and to node numbers. */
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  /** For each node: the numbers of the edges that leave it / arrive at it, in map order. */
  readonly out: readonly (readonly number[])[];
  readonly into: readonly (readonly number[])[];
};

export function indexGraph(map: PathwayMap): GraphIndex {
  const indexOf = new Map<string, number>();
  map.occupations.forEach((occupation, index) => {
    if (!indexOf.has(occupation.id)) indexOf.set(occupation.id, index);
  });
  const transitions: Transition[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const out: number[][] = map.occupations.map(() => []);
  const into: number[][] = map.occupations.map(() => []);
  for (const transition of map.transitions) {
    const a = indexOf.get(transition.from);
    const b = indexOf.get(transition.to);
    if (a === undefined || b === undefined || a === b) continue;
    const edge = transitions.length;
    transitions.push(transition);
    from.push(a);
    to.push(b);
    out[a]?.push(edge);
    into[b]?.push(edge);
  }
  return {
    occupations: map.occupations,
    transitions,
    indexOf,
    edgeFrom: Int32Array.from(from),
    edgeTo: Int32Array.from(to),
    out,
    into,
  };
}
