import type { OccupationFlowNode } from '../../canvas/to-flow-elements';

/**
 * Combines freshly built nodes with the ones React Flow holds: an unchanged card keeps its old node
 * object (React Flow skips it), a changed one keeps its measured size (no re-measure flash).
 */
export function mergeNodes(
  built: readonly OccupationFlowNode[],
  previous: readonly OccupationFlowNode[],
  selectedIds: ReadonlySet<string>,
): OccupationFlowNode[] {
  const before = new Map(previous.map((node) => [node.id, node]));
  return built.map((node) => {
    const old = before.get(node.id);
    const selected = selectedIds.has(node.id);
    if (
      old &&
      old.selected === selected &&
      old.position.x === node.position.x &&
      old.position.y === node.position.y &&
      shallowEqual(old.data, node.data)
    ) {
      return old;
    }
    return { ...node, draggable: true, connectable: true, selected, measured: old?.measured };
  });
}

function shallowEqual(a: object, b: object): boolean {
  const aEntries = Object.entries(a);
  return (
    aEntries.length === Object.keys(b).length &&
    aEntries.every(([key, value]) => Object.is(value, (b as Record<string, unknown>)[key]))
  );
}
