import { useStore, type Edge, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import type { CanvasMarks } from './card-marks';
import { OVERVIEW_ZOOM, overviewPicture, type OverviewPicture } from './overview';
import { OverviewLayer } from './overview-layer';
import { StraightArrowsNote } from './straight-arrows-note';
import { LARGE_MAP_CARDS } from '../../layout/canvas-limits';
import type { CardFlowNode } from './to-flow-elements';

const isZoomedFar = (state: ReactFlowState) => state.transform[2] < OVERVIEW_ZOOM;

/** Tells its canvas when the view crosses OVERVIEW_ZOOM. Must sit inside <ReactFlow> (it reads its store). */
export function ZoomWatcher({ onZoomedFarChange }: { onZoomedFarChange: (zoomedFar: boolean) => void }) {
  const zoomedFar = useStore(isZoomedFar);
  useEffect(() => onZoomedFarChange(zoomedFar), [zoomedFar, onZoomedFarChange]);
  return null;
}

// In the overview the arrows are painted by the overview layer; React Flow keeps none.
const NO_EDGES: never[] = [];

/** What a canvas puts inside its <ReactFlow> for the overview: see OverviewOverlay. */
export type OverviewOverlayProps = {
  picture: OverviewPicture | undefined;
  cardCount: number;
  onZoomedFarChange: (zoomedFar: boolean) => void;
};

/**
 * Whether a canvas shows the overview (a large map seen from afar), and what to hand React Flow: in
 * the overview every card is hidden from React Flow and it keeps no arrows (the overview layer paints
 * both instead). Every canvas (viewer, editor, session) uses this and OverviewOverlay, so the three
 * behave alike.
 */
export function useOverviewMode<N extends CardFlowNode, E extends Edge>(nodes: N[], edges: E[], marks?: CanvasMarks) {
  const [zoomedFar, setZoomedFar] = useState(false);
  const overview = zoomedFar && nodes.length > LARGE_MAP_CARDS;
  const shownNodes = useMemo(
    () => (overview ? nodes.map((node) => (node.hidden ? node : { ...node, hidden: true })) : nodes),
    [overview, nodes],
  );
  const picture = useMemo(() => (overview ? overviewPicture(nodes, edges, marks) : undefined), [overview, nodes, edges, marks]);
  const shownEdges: E[] = overview ? NO_EDGES : edges;
  const overlay: OverviewOverlayProps = { picture, cardCount: nodes.length, onZoomedFarChange: setZoomedFar };
  return { overview, shownNodes, shownEdges, overlay };
}

/** Inside <ReactFlow>: watches the zoom, and paints the overview, or notes that arrows are drawn straight. */
export function OverviewOverlay({ picture, cardCount, onZoomedFarChange }: OverviewOverlayProps) {
  return (
    <>
      <ZoomWatcher onZoomedFarChange={onZoomedFarChange} />
      {picture ? <OverviewLayer picture={picture} /> : <StraightArrowsNote cardCount={cardCount} />}
    </>
  );
}
