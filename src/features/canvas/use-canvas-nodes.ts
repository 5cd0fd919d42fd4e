import { useCallback, useState } from 'react';
import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import type { OccupationFlowNode } from './to-flow-elements';

type Held = { built: readonly OccupationFlowNode[]; nodes: OccupationFlowNode[] };

/**
 * Holds the nodes React Flow draws and applies its changes (sizes, selection) to them. Without this,
 * controlled nodes never learn their measured size, and the minimap, which draws only measured nodes,
 * stays empty. When the nodes are rebuilt, a node whose built object is unchanged keeps the very
 * object React Flow holds (so React Flow skips it), and a changed one keeps its measured size (no flash).
 *
 * With `onSelect`, selection is not kept here: clicks and Enter/Escape on a card are reported to it,
 * and whoever owns the selection builds it into the nodes (`selected`).
 */
export function useCanvasNodes(built: OccupationFlowNode[], onSelect?: (occupationId: string | undefined) => void) {
  const [held, setHeld] = useState<Held>({ built, nodes: built });
  let nodes = held.nodes;
  if (held.built !== built) {
    nodes = keepHeld(built, held);
    setHeld({ built, nodes });
  }
  const onNodesChange = useCallback(
    (changes: NodeChange<OccupationFlowNode>[]) => {
      // The canvas is read-only: a card is never removed from it (Backspace would otherwise hide one).
      let kept = changes.filter((change) => change.type !== 'remove');
      if (onSelect) {
        const picks = kept.filter((change) => change.type === 'select');
        if (picks.length > 0) onSelect(picks.find((change) => change.selected)?.id);
        kept = kept.filter((change) => change.type !== 'select');
      }
      if (kept.length > 0) setHeld((current) => ({ built: current.built, nodes: applyNodeChanges(kept, current.nodes) }));
    },
    [onSelect],
  );
  return { nodes, onNodesChange };
}

function keepHeld(built: readonly OccupationFlowNode[], held: Held): OccupationFlowNode[] {
  const before = new Map(held.built.map((node) => [node.id, node]));
  const current = new Map(held.nodes.map((node) => [node.id, node]));
  return built.map((node) => {
    const old = current.get(node.id);
    if (!old) return node;
    if (before.get(node.id) === node) return old;
    return old.measured ? { ...node, measured: old.measured } : node;
  });
}
