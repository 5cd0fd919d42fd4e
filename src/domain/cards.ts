import type { Occupation, PathwayMap, Step } from './schema/map';
import type { Requirement } from './schema/requirement';

// Format v2 has two lists of cards: occupations (the jobs, the centre of the product) and steps
// (credentials, programs, experience, milestones). Moves join any two cards, and ids are unique
// across both lists and the moves.

export type Card = Occupation | Step;

/** Every card on the map: occupations first, then steps, each in the map's order. */
export function cardsOf(map: Pick<PathwayMap, 'occupations' | 'steps'>): Card[] {
  return [...map.occupations, ...map.steps];
}

/** Each card's title by id. */
export function cardTitles(map: Pick<PathwayMap, 'occupations' | 'steps'>): Map<string, string> {
  return new Map(cardsOf(map).map((card) => [card.id, card.title]));
}

/** Every requirement tree on the map with where it is: each move's requirements, each step's way in. */
export function requirementTrees(map: Pick<PathwayMap, 'transitions' | 'steps'>): { tree: Requirement; path: string }[] {
  return [
    ...map.transitions.flatMap((transition, index) =>
      transition.requirements === undefined ? [] : [{ tree: transition.requirements, path: `transitions[${index}].requirements` }],
    ),
    ...map.steps.flatMap((step, index) => (step.toGetIn === undefined ? [] : [{ tree: step.toGetIn, path: `steps[${index}].toGetIn` }])),
  ];
}
