import { produce, type Draft } from 'immer';
import { isGroup, type Requirement, type RequirementGroup, type RequirementItem } from '../schema/requirement';
import { setFields } from '../commands/set-fields';

// Edits of a requirement tree at a place in it. A place is the list of positions from the root group:
// [] is the root, [2] its third requirement, [2, 0] the first inside that (if it is a group). Like the
// map's commands, each edit mutates the tree it is given, so it works as an immer recipe on a draft
// (inside a map command) or, through `editTree`, as a pure function on a plain tree.

export type TreePath = readonly number[];

type Tree = RequirementGroup | Draft<RequirementGroup>;

/** The requirement at a place, or undefined when nothing is there. */
export function requirementAt(root: RequirementGroup, path: TreePath): Requirement | undefined {
  let node: Requirement = root;
  for (const index of path) {
    if (!isGroup(node)) return undefined;
    const child: Requirement | undefined = node.of[index];
    if (child === undefined) return undefined;
    node = child;
  }
  return node;
}

function groupAt(root: Tree, path: TreePath): RequirementGroup | undefined {
  const node = requirementAt(root as RequirementGroup, path);
  return node !== undefined && isGroup(node) ? node : undefined;
}

/** The group holding a place and the position in it; undefined for the root or a place that isn't there. */
function parentOf(root: Tree, path: TreePath): { group: RequirementGroup; index: number } | undefined {
  if (path.length === 0) return undefined;
  const group = groupAt(root, path.slice(0, -1));
  const index = path[path.length - 1]!;
  return group !== undefined && index < group.of.length ? { group, index } : undefined;
}

/** Adds a requirement at the end of a group; returns its place, or undefined when `groupPath` is no group. */
export function addRequirement(root: Tree, groupPath: TreePath, node: Requirement): number[] | undefined {
  const group = groupAt(root, groupPath);
  if (group === undefined) return undefined;
  group.of.push(node);
  return [...groupPath, group.of.length - 1];
}

/** Removes the requirement at a place (never the root). Returns whether it did. */
export function removeRequirement(root: Tree, path: TreePath): boolean {
  const parent = parentOf(root, path);
  if (parent === undefined) return false;
  parent.group.of.splice(parent.index, 1);
  return true;
}

/** Moves a requirement one place up (-1) or down (+1) in its group; returns its new place, or undefined when it can't move. */
export function moveRequirement(root: Tree, path: TreePath, by: -1 | 1): number[] | undefined {
  const parent = parentOf(root, path);
  if (parent === undefined) return undefined;
  const target = parent.index + by;
  if (target < 0 || target >= parent.group.of.length) return undefined;
  const [node] = parent.group.of.splice(parent.index, 1);
  parent.group.of.splice(target, 0, node!);
  return [...path.slice(0, -1), target];
}

/** Puts another requirement in a place (never the root: change its kind with setGroupNeed). Returns whether it did. */
export function replaceRequirement(root: Tree, path: TreePath, node: Requirement): boolean {
  const parent = parentOf(root, path);
  if (parent === undefined) return false;
  parent.group.of[parent.index] = node;
  return true;
}

/** Sets fields of the item at a place; a field sent as undefined is removed. Returns whether an item was there. */
export function setItemFields(root: Tree, path: TreePath, patch: Partial<RequirementItem>): boolean {
  const node = requirementAt(root as RequirementGroup, path);
  if (node === undefined || isGroup(node)) return false;
  setFields(node, { ...patch, type: patch.type ?? node.type });
  return true;
}

/**
 * Makes the group at a place "all of" its requirements, or "any `count` of" them (count 1 is left
 * out, as the format's default). The group keeps its requirements and any fields it doesn't know.
 */
export function setGroupNeed(root: Tree, groupPath: TreePath, need: { type: 'all' } | { type: 'any'; count: number }): boolean {
  const group = groupAt(root, groupPath) as Record<string, unknown> | undefined;
  if (group === undefined) return false;
  group.type = need.type;
  if (need.type === 'any' && need.count !== 1) group.count = need.count;
  else delete group.count;
  return true;
}

/** Applies edits to a plain tree without changing it: the edited copy (the same tree when nothing changed). */
export function editTree<T extends RequirementGroup>(tree: T, recipe: (draft: Draft<T>) => unknown): T {
  return produce(tree, (draft) => {
    recipe(draft);
  });
}
