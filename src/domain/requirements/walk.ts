import { isGroup, type Requirement, type RequirementItem } from '../schema/requirement';

/** An item of a requirement tree with where it is, e.g. `of[1].of[0]` (relative to the tree). */
export type PlacedItem = { item: RequirementItem; path: string };

/** Every item of a tree, depth first, in the order written. */
export function requirementItems(tree: Requirement | undefined, path = ''): PlacedItem[] {
  if (tree === undefined) return [];
  if (!isGroup(tree)) return [{ item: tree, path }];
  return tree.of.flatMap((child, index) => requirementItems(child, `${path}${path === '' ? '' : '.'}of[${index}]`));
}

/** The ids of the cards a tree points at. */
export function referencedCardIds(tree: Requirement | undefined): string[] {
  return requirementItems(tree).flatMap(({ item }) => (item.cardId === undefined ? [] : [item.cardId]));
}

/** Calls `visit` on every item of a tree, depth first; for commands that change items in place (on a draft). */
export function eachItem(tree: Requirement | undefined, visit: (item: RequirementItem) => void): void {
  if (tree === undefined) return;
  if (!isGroup(tree)) visit(tree);
  else for (const child of tree.of) eachItem(child, visit);
}
