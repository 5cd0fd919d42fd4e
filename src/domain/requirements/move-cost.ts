import type { Requirement, RequirementItem } from '../schema/requirement';
import { cheapestCost, cheapestWay, type CheapestWay } from './cheapest-way';
import { addCosts, costOf, type Cost } from './cost';

/** A card as far as cost goes: what it takes itself (a program's cost and length), and its way in. */
export type PricedCard = { own: Cost; toGetIn?: Requirement | undefined };

/** Full-time work: 2,080 hours a year. Used only to count hours of experience as months. */
export const HOURS_PER_MONTH = 2080 / 12;

/**
 * Prices requirement items from the cards they point at: the card's own cost plus the cheapest way
 * into it (a credential that needs a program costs the program too). Experience in months or hours
 * costs time and no money; another item with months or hours (a course) costs that time and money
 * not known; an item that names nothing priced costs what is not known. A card whose
 * way in comes back to itself is not known either (the validator refuses such maps; this only
 * guards against looping).
 */
export function cardItemCost(cards: ReadonlyMap<string, PricedCard>): (item: RequirementItem) => Cost {
  const memo = new Map<string, Cost>();
  const pricing = new Set<string>();
  const cardCost = (cardId: string): Cost | undefined => {
    const card = cards.get(cardId);
    if (card === undefined) return undefined;
    const known = memo.get(cardId);
    if (known) return known;
    if (pricing.has(cardId)) return costOf(undefined, undefined);
    pricing.add(cardId);
    const way = cheapestCost(card.toGetIn, itemCost);
    pricing.delete(cardId);
    const cost = addCosts(card.own, way ?? costOf(undefined, undefined));
    memo.set(cardId, cost);
    return cost;
  };
  const itemCost = (item: RequirementItem): Cost => {
    const fromCard = item.cardId === undefined ? undefined : cardCost(item.cardId);
    if (fromCard) return fromCard;
    // Experience is paid work: it takes time, not money. A course or program of N months may cost anything.
    const usd = item.type === 'experience' ? 0 : undefined;
    if (item.months !== undefined) return costOf(usd, item.months);
    if (item.hours !== undefined) return costOf(usd, item.hours / HOURS_PER_MONTH);
    return costOf(undefined, undefined);
  };
  return itemCost;
}

/** A move as far as cost goes: its own stated figures and its requirements. */
export type PricedMove = { typicalMonths?: number | undefined; costUsd?: number | undefined; requirements?: Requirement | undefined };

/** What a move takes: the figures its source states, and where it states none, its requirements' cheapest way. */
export type MoveCost = { cost: Cost; way: CheapestWay | undefined };

export function moveCost(move: PricedMove, itemCost: (item: RequirementItem) => Cost): MoveCost {
  const way = move.requirements === undefined ? undefined : cheapestWay(move.requirements, itemCost);
  return { cost: statedOrRequired(move, way?.cost), way };
}

/** What a move takes, as moveCost, without naming the way (for ranking every move of a map). */
export function moveCostOnly(move: PricedMove, itemCost: (item: RequirementItem) => Cost): Cost {
  return statedOrRequired(move, move.requirements === undefined ? undefined : cheapestCost(move.requirements, itemCost));
}

/** The move's stated figures, and where it states none, what its requirements' cheapest way costs (unknown: not known). */
function statedOrRequired(move: PricedMove, required: Cost | undefined): Cost {
  const fromRequirements = required ?? costOf(undefined, undefined);
  const stated = (value: number | undefined, derived: number, unknownParts: number) =>
    value !== undefined ? { value, unknownParts: 0 } : { value: derived, unknownParts };
  const usd = stated(move.costUsd, fromRequirements.usd, fromRequirements.unknownUsdParts);
  const months = stated(move.typicalMonths, fromRequirements.months, fromRequirements.unknownMonthParts);
  return { usd: usd.value, months: months.value, unknownUsdParts: usd.unknownParts, unknownMonthParts: months.unknownParts };
}
