import { isGroup, needed, type Requirement, type RequirementItem } from '../schema/requirement';
import { addCosts, compareCosts, NO_COST, type Cost } from './cost';

/** The cheapest way to meet a tree: its cost, the items it takes, and the choices it assumed. */
export type CheapestWay = {
  cost: Cost;
  items: RequirementItem[];
  /** One per "any" group where a choice was made: what was chosen of what. */
  choices: { path: string; chosen: RequirementItem[][]; of: number }[];
};

/**
 * Meets "all" by taking every item and "any N" by the N cheapest (compareCosts); `itemCost` prices
 * one item (from its card: a program's cost and length, an experience's months). Undefined when the
 * tree can't be met (see unmeetableGroups). No tree costs nothing.
 */
export function cheapestWay(tree: Requirement | undefined, itemCost: (item: RequirementItem) => Cost): CheapestWay | undefined {
  if (tree === undefined) return { cost: NO_COST, items: [], choices: [] };
  const visit = (node: Requirement, path: string): CheapestWay | undefined => {
    if (!isGroup(node)) return { cost: itemCost(node), items: [node], choices: [] };
    const ways = node.of
      .map((child, index) => visit(child, `${path}${path === '' ? '' : '.'}of[${index}]`))
      .filter((way): way is CheapestWay => way !== undefined);
    const need = needed(node);
    if (node.type === 'all' ? ways.length < node.of.length : ways.length < need) return undefined;
    const taken = node.type === 'all' ? ways : [...ways].sort((a, b) => compareCosts(a.cost, b.cost)).slice(0, need);
    const choice = node.type === 'any' && node.of.length > need ? [{ path, chosen: taken.map((way) => way.items), of: node.of.length }] : [];
    return {
      cost: taken.reduce((sum, way) => addCosts(sum, way.cost), NO_COST),
      items: taken.flatMap((way) => way.items),
      choices: [...choice, ...taken.flatMap((way) => way.choices)],
    };
  };
  return visit(tree, '');
}

/**
 * The cost of the cheapest way alone, the same as `cheapestWay(tree, itemCost)?.cost` without
 * gathering items and naming choices: the route search prices every move of a map with it.
 */
export function cheapestCost(tree: Requirement | undefined, itemCost: (item: RequirementItem) => Cost): Cost | undefined {
  if (tree === undefined) return NO_COST;
  const visit = (node: Requirement): Cost | undefined => {
    if (!isGroup(node)) return itemCost(node);
    const costs: Cost[] = [];
    for (const child of node.of) {
      const cost = visit(child);
      if (cost !== undefined) costs.push(cost);
      else if (node.type === 'all') return undefined;
    }
    const need = needed(node);
    if (node.type === 'any' && costs.length < need) return undefined;
    const taken = node.type === 'all' ? costs : costs.sort(compareCosts).slice(0, need);
    return taken.reduce((sum, cost) => addCosts(sum, cost), NO_COST);
  };
  return visit(tree);
}
