import { cardsOf, type Card } from '../cards';
import type { Occupation, PathwayMap, Transition } from '../schema/map';

export type { Card };

/**
 * A map's cards and moves as numbered nodes and edges, built once per search: lists of edge numbers
 * out of and into each card. The occupations come first, so node n < occupations.length is the
 * occupation of that index; the step cards follow. Moves whose ends are missing (parse refuses them)
 * and self-loops are left out, so a search never meets them.
 */
export type GraphIndex = {
  readonly occupations: readonly Occupation[];
  /** Every card: the occupations, then the steps. */
  readonly cards: readonly Card[];
  /** The id of the map's first level: people are hired into jobs on it (route-starts.ts). */
  readonly firstLevel: string | undefined;
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
  const cards = cardsOf(map);
  cards.forEach((card, index) => {
    if (!indexOf.has(card.id)) indexOf.set(card.id, index);
  });
  const transitions: Transition[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const out: number[][] = cards.map(() => []);
  const into: number[][] = cards.map(() => []);
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
    cards,
    firstLevel: map.levels[0]?.id,
    transitions,
    indexOf,
    edgeFrom: Int32Array.from(from),
    edgeTo: Int32Array.from(to),
    out,
    into,
  };
}
