import { cheapestWay, type CheapestWay } from '../requirements/cheapest-way';
import { costOf, NO_COST, type Cost } from '../requirements/cost';
import { cardItemCost, HOURS_PER_MONTH, moveCost, type PricedCard } from '../requirements/move-cost';
import type { PathwayMap, Step, Transition } from '../schema/map';
import type { Requirement, RequirementItem } from '../schema/requirement';

/** What one move takes on a route: its time and money, and the cheapest way through its requirements (the choices assumed). */
export type MoveFigures = { cost: Cost; way: CheapestWay | undefined };

/** What a step card takes of its own: a program its cost and length, a credential its fees, experience its time. */
function ownCost(step: Step): Cost {
  switch (step.kind) {
    case 'program':
      return costOf(step.costUsd, step.lengthMonths);
    case 'credential':
      // Earning it takes the time of its way in (toGetIn), none of its own.
      return costOf(step.costUsd, 0);
    case 'experience':
      return costOf(0, step.months ?? (step.hours === undefined ? undefined : step.hours / HOURS_PER_MONTH));
    case 'milestone':
      return NO_COST;
  }
}

/**
 * The figures of each move, in the order given. A figure the move states wins; otherwise it is the
 * cheapest way through what the move requires (requirements/move-cost.ts), and a move into a step
 * card also takes that card (its own cost and its way in). What the move starts from is had already:
 * a requirement pointing at it costs nothing.
 */
export function moveFigures(map: PathwayMap, moves: readonly Transition[]): MoveFigures[] {
  const priced = new Map<string, PricedCard>(map.steps.map((step) => [step.id, { own: ownCost(step), toGetIn: step.toGetIn }]));
  const base = cardItemCost(priced);
  return moves.map((move) => {
    const itemCost = (item: RequirementItem) => (item.cardId === move.from ? NO_COST : base(item));
    const card: Requirement | undefined = priced.has(move.to) ? { type: 'other', cardId: move.to } : undefined;
    const requirements: Requirement | undefined =
      card === undefined ? move.requirements : move.requirements === undefined ? card : { type: 'all', of: [move.requirements, card] };
    const figures = moveCost({ typicalMonths: move.typicalMonths, costUsd: move.costUsd, requirements }, itemCost);
    // The choices are named from the move's own requirements (the card it leads to is no choice).
    return { cost: figures.cost, way: move.requirements === undefined ? undefined : cheapestWay(move.requirements, itemCost) };
  });
}
