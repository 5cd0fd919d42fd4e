import { useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { OVERVIEW_ZOOM } from './overview';
import { LARGE_MAP_CARDS } from '../../layout/canvas-limits';
import type { CardFlowNode } from './to-flow-elements';

const isZoomedFar = (state: ReactFlowState) => state.transform[2] < OVERVIEW_ZOOM;

/** Tells its canvas when the view crosses OVERVIEW_ZOOM. Must sit inside <ReactFlow> (it reads its store). */
export function ZoomWatcher({ onZoomedFarChange }: { onZoomedFarChange: (zoomedFar: boolean) => void }) {
  const zoomedFar = useStore(isZoomedFar);
  useEffect(() => onZoomedFarChange(zoomedFar), [zoomedFar, onZoomedFarChange]);
  return null;
}

/**
 * Whether a canvas shows the overview (a large map seen from afar), and the nodes to hand React Flow:
 * in the overview every card is hidden from React Flow (the overview layer paints them instead).
 */
export function useOverviewMode<N extends CardFlowNode>(nodes: N[]) {
  const [zoomedFar, setZoomedFar] = useState(false);
  const overview = zoomedFar && nodes.length > LARGE_MAP_CARDS;
  const shownNodes = useMemo(
    () => (overview ? nodes.map((node) => (node.hidden ? node : { ...node, hidden: true })) : nodes),
    [overview, nodes],
  );
  return { overview, shownNodes, onZoomedFarChange: setZoomedFar };
}
