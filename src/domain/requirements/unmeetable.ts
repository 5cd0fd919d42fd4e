import { isGroup, needed, type Requirement } from '../schema/requirement';

/** A group that no choice can meet, where it is in the tree, and how many items it could count. */
export type UnmeetableGroup = { path: string; needed: number; available: number };

/**
 * The groups that no choice can meet: "any 3 of" two items, an "any" of nothing, or a group whose
 * items can't all be had (an item `isItemMeetable` refuses, say a card that requires itself). Only
 * where the trouble starts is reported: a group failing because a group inside it fails is not.
 * An empty "all" asks for nothing, so it is met.
 */
export function unmeetableGroups(
  tree: Requirement | undefined,
  isItemMeetable: (path: string) => boolean = () => true,
): UnmeetableGroup[] {
  const found: UnmeetableGroup[] = [];
  const visit = (node: Requirement, path: string): boolean => {
    if (!isGroup(node)) return isItemMeetable(path);
    let meetable = 0;
    let innerGroupFailed = false;
    node.of.forEach((child, index) => {
      if (visit(child, `${path}${path === '' ? '' : '.'}of[${index}]`)) meetable += 1;
      else if (isGroup(child)) innerGroupFailed = true;
    });
    const need = needed(node);
    if (meetable >= need) return true;
    if (!innerGroupFailed) found.push({ path, needed: need, available: meetable });
    return false;
  };
  if (tree !== undefined) visit(tree, '');
  return found;
}
