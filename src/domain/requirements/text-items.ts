import { isGroup, type Requirement, type RequirementGroup, type RequirementItem } from '../schema/requirement';

// A quick way to edit a requirement tree as lines of text (the inspector's plain field, a session's
// suggestion): the lines are the plain text items of the top-level "all of" group. Every other part
// (an item that points at a card or gives an amount, a group inside) is kept as it is.

const isTextItem = (node: Requirement): node is RequirementItem =>
  !isGroup(node) && node.cardId === undefined && node.hours === undefined && node.months === undefined && node.education === undefined && node.text !== undefined;

/** The texts of the plain text items of the top-level "all of" group, in order; none for any other tree. */
export function topTexts(tree: Requirement | undefined): string[] {
  if (tree === undefined || tree.type !== 'all') return [];
  return tree.of.filter(isTextItem).map((item) => item.text ?? '');
}

/**
 * The tree with the top-level group's text items replaced by `texts`: each existing text item takes
 * the next line in turn (keeping its type), extra lines are added as "other" items, text items left
 * without a line go; every other part stays where it is. A tree left with nothing is undefined. A tree
 * that is not an "all of" group is kept whole as the first part of a new one.
 */
export function withTopTexts(tree: Requirement | undefined, texts: readonly string[]): RequirementGroup | undefined {
  const root: RequirementGroup = tree === undefined ? { type: 'all', of: [] } : tree.type === 'all' ? tree : { type: 'all', of: [tree] };
  const lines = [...texts];
  const of = root.of.flatMap((node): Requirement[] => {
    if (!isTextItem(node)) return [node];
    const text = lines.shift();
    return text === undefined ? [] : [node.text === text ? node : { ...node, text }];
  });
  for (const text of lines) of.push({ type: 'other', text });
  if (of.length === 0) return undefined;
  if (root === tree && of.length === root.of.length && of.every((node, index) => node === root.of[index])) return root;
  return { ...root, of };
}
