import { useCallback, useState } from 'react';
import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import type { OccupationFlowNode } from './to-flow-elements';

type Held = { built: readonly OccupationFlowNode[]; nodes: OccupationFlowNode[] };

/**
 * Holds the nodes React Flow draws and applies its changes (sizes, selection) to them. Without this,
 * controlled nodes never learn their measured size, and the minimap, which draws only measured nodes,
 * stays empty. When the map is rebuilt, each card keeps the size it was measured at (no flash).
 */
export function useCanvasNodes(built: OccupationFlowNode[]) {
  const [held, setHeld] = useState<Held>({ built, nodes: built });
  let nodes = held.nodes;
  if (held.built !== built) {
    const measured = new Map(held.nodes.map((node) => [node.id, node.measured]));
    nodes = built.map((node) => {
      const size = measured.get(node.id);
      return size ? { ...node, measured: size } : node;
    });
    setHeld({ built, nodes });
  }
  const onNodesChange = useCallback(
    (changes: NodeChange<OccupationFlowNode>[]) =>
      setHeld((current) => ({ built: current.built, nodes: applyNodeChanges(changes, current.nodes) })),
    [],
  );
  return { nodes, onNodesChange };
}
