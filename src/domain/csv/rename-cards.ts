import { isGroup, type Requirement } from '../schema/requirement';

/** A requirement tree with its card ids renamed (cards given another id when merged); others kept. */
export function renameCards<T extends Requirement>(tree: T | undefined, idFor: ReadonlyMap<string, string>): T | undefined {
  if (tree === undefined) return undefined;
  if (isGroup(tree)) return { ...tree, of: tree.of.map((child) => renameCards(child, idFor) ?? child) };
  const renamed = tree.cardId === undefined ? undefined : idFor.get(tree.cardId);
  return renamed === undefined ? tree : { ...tree, cardId: renamed };
}
