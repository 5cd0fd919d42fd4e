import type { Node } from '@xyflow/react';

/**
 * What React Flow writes on the nodes it holds (applyNodeChanges), never on the nodes a canvas
 * builds from its map. Left out when telling whether a card changed.
 */
const REACT_FLOW_OWN = new Set(['position', 'data', 'selected', 'measured', 'dragging', 'resizing', 'width', 'height']);

/**
 * The nodes to hand React Flow when a canvas's map (or selection) changes: freshly `built` ones,
 * merged with the ones React Flow holds (`previous`). Shared by the editor, viewer and session canvases.
 * - A card that did not change keeps the very object React Flow holds, so React Flow skips it (a vote
 *   or a keystroke on a 2,000-card map redraws one card, not all of them).
 * - A changed card keeps its measured size (no re-measure flash, and the minimap, which draws only
 *   measured nodes, keeps it). Anything else React Flow held on it (`dragging`) is dropped.
 * - Selection: with `selectedIds`, whoever owns the selection (the editor's store, the session's
 *   target) says which cards are selected; without it, the built nodes carry their own (the viewer's marks).
 */
export function mergeNodes<N extends Node>(
  built: readonly N[],
  previous: readonly N[],
  selectedIds?: ReadonlySet<string>,
): N[] {
  const before = new Map(previous.map((node) => [node.id, node]));
  return built.map((node) => {
    const old = before.get(node.id);
    const selected = selectedIds ? selectedIds.has(node.id) : (node.selected ?? false);
    if (old && sameCard(old, node, selected)) return old;
    if (old?.measured === undefined && (node.selected ?? false) === selected) return node;
    return { ...node, selected, measured: old?.measured };
  });
}

/** Whether a held node still shows the built one: same place, same data, same selection, same everything else we set. */
function sameCard(old: Node, node: Node, selected: boolean): boolean {
  if ((old.selected ?? false) !== selected) return false;
  if (old.position.x !== node.position.x || old.position.y !== node.position.y) return false;
  if (!shallowEqual(old.data, node.data)) return false;
  // Both ways: a mark taken off a card (its className gone) changes it too.
  return sameOwnKeys(old, node) && sameOwnKeys(node, old);
}

function sameOwnKeys(a: Node, b: Node): boolean {
  const other = b as unknown as Record<string, unknown>;
  return Object.entries(a).every(([key, value]) => REACT_FLOW_OWN.has(key) || Object.is(value, other[key]));
}

function shallowEqual(a: object, b: object): boolean {
  const aEntries = Object.entries(a);
  return (
    aEntries.length === Object.keys(b).length &&
    aEntries.every(([key, value]) => Object.is(value, (b as Record<string, unknown>)[key]))
  );
}
