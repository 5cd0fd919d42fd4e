import { cheapestCost, cheapestWay, type CheapestWay } from '../requirements/cheapest-way';
import { addCosts, costOf, NO_COST, type Cost } from '../requirements/cost';
import { cardItemCost, HOURS_PER_MONTH, moveCost, moveCostOnly, type PricedCard } from '../requirements/move-cost';
import type { PathwayMap, Step, Transition } from '../schema/map';
import type { RequirementItem } from '../schema/requirement';

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

const pricedSteps = (map: Pick<PathwayMap, 'steps'>) =>
  new Map<string, PricedCard>(map.steps.map((step) => [step.id, { own: ownCost(step), toGetIn: step.toGetIn }]));

/**
 * A way with the choices assumed inside the cards it takes too (NCLEX-RN's "any 1 of: ADN, BSN" when a
 * move requires the licence), and inside `alsoCards` (the card a move leads to). `had` cards are not
 * taken, so their choices are not named.
 */
function withCardChoices(
  way: CheapestWay | undefined,
  alsoCards: readonly string[],
  priced: ReadonlyMap<string, PricedCard>,
  itemCost: (item: RequirementItem) => Cost,
  had: readonly string[] = [],
): CheapestWay | undefined {
  const seen = new Set<string>(had);
  const choices = [...(way?.choices ?? [])];
  const visit = (cardId: string | undefined) => {
    if (cardId === undefined || seen.has(cardId)) return;
    seen.add(cardId);
    const card = priced.get(cardId);
    const inner = card === undefined ? undefined : cheapestWay(card.toGetIn, itemCost);
    choices.push(...(inner?.choices ?? []));
    for (const item of inner?.items ?? []) visit(item.cardId);
  };
  for (const item of way?.items ?? []) visit(item.cardId);
  for (const cardId of alsoCards) visit(cardId);
  if (way === undefined) return choices.length === 0 ? undefined : { cost: NO_COST, items: [], choices };
  return { ...way, choices };
}

/** Prices the moves of one map: `costOf` for ranking every move, `figuresOf` (with the choices named) for the moves shown. */
export type MoveFigurer = { costOf(move: Transition): Cost; figuresOf(move: Transition): MoveFigures };

/**
 * The figures of a map's moves. A figure the move states wins; otherwise it is the cheapest way
 * through what the move requires (requirements/move-cost.ts), and a move into a step card also takes
 * that card (its own cost and its way in). What the move starts from is had already: a requirement
 * pointing at it costs nothing, in the move's requirements and in the way into the card it leads to
 * (a licence whose way in is the program just finished does not count the program again).
 * Naming the choices walks every card a move takes; the route search ranks every move by its cost
 * alone and names the choices only on the routes it returns (on a 2,000-card map of mixed kinds,
 * naming them for every move took most of a search).
 */
export function moveFigurer(map: Pick<PathwayMap, 'steps'>): MoveFigurer {
  const priced = pricedSteps(map);
  const base = cardItemCost(priced);
  const pricing = (move: Transition) => {
    const had = (item: RequirementItem) => (item.cardId === move.from ? NO_COST : base(item));
    const into = priced.get(move.to);
    const intoCost = into === undefined ? undefined : addCosts(into.own, cheapestCost(into.toGetIn, had) ?? costOf(undefined, undefined));
    const itemCost = (item: RequirementItem) => (intoCost !== undefined && item.cardId === move.to ? intoCost : had(item));
    const requirements = into === undefined ? move.requirements : { type: 'all' as const, of: [...(move.requirements ? [move.requirements] : []), { type: 'other' as const, cardId: move.to }] };
    return { had, into, cost: moveCostOnly({ typicalMonths: move.typicalMonths, costUsd: move.costUsd, requirements }, itemCost) };
  };
  return {
    costOf: (move) => pricing(move).cost,
    figuresOf: (move) => {
      const { had, into, cost } = pricing(move);
      // The choices are named from the move's own requirements and the ways into the cards it takes (the card it leads to is no choice).
      const way = move.requirements === undefined ? undefined : cheapestWay(move.requirements, had);
      return { cost, way: withCardChoices(way, into === undefined ? [] : [move.to], priced, had, [move.from]) };
    },
  };
}

/** The figures of each move, in the order given (see moveFigurer). */
export function moveFigures(map: Pick<PathwayMap, 'steps'>, moves: readonly Transition[]): MoveFigures[] {
  const figurer = moveFigurer(map);
  return moves.map((move) => figurer.figuresOf(move));
}

/**
 * What a "no experience" route takes before its first move (route-starts.ts): starting at a step
 * card, the card itself (its own cost and the cheapest way into it, whose choices are named);
 * starting at a job through an entry move, what that move states or requires.
 */
export function startFigures(map: Pick<PathwayMap, 'steps'>): { ofStep: (step: Step) => MoveFigures; ofEntry: (move: Transition) => MoveFigures } {
  const priced = pricedSteps(map);
  const base = cardItemCost(priced);
  return {
    // Every open step of a map is a start, and few of them end on a route shown: the choices are named on first read.
    ofStep: (step) => {
      const card = priced.get(step.id) ?? { own: ownCost(step), toGetIn: step.toGetIn };
      let way: CheapestWay | undefined | null = null;
      return {
        cost: addCosts(card.own, cheapestCost(card.toGetIn, base) ?? costOf(undefined, undefined)),
        get way() {
          if (way === null) way = withCardChoices(cheapestWay(card.toGetIn, base), [], priced, base, [step.id]);
          return way;
        },
      };
    },
    ofEntry: (move) => {
      const figures = moveCost(move, base);
      return { cost: figures.cost, way: withCardChoices(figures.way, [], priced, base) };
    },
  };
}
