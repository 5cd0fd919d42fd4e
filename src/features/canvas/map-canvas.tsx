import { useId, useMemo, type ReactNode } from 'react';
import { Background, Controls, ReactFlow, type FitViewOptions } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { PathwayMap } from '../../domain/schema/map';
import './canvas.css';
import { CanvasMiniMap } from './canvas-minimap';
import { MarkDescriptions } from './mark-descriptions';
import { markEdges, markNodes, NO_MARKS, type CanvasMarks } from './card-marks';
import { EDGE_TYPES, NODE_TYPES } from './flow-types';
import { MapLegend } from './map-legend';
import { toFlowElements } from './to-flow-elements';
import { useCanvasNodes } from './use-canvas-nodes';
import { LARGE_MAP_CARDS } from './zoom';

const FIT_VIEW: FitViewOptions = { padding: 0.08 };

type Props = {
  map: PathwayMap;
  /** The selected card, dimmed cards and a highlighted route (the viewer's state); none by default. */
  marks?: CanvasMarks;
  /** A click, Enter or Escape on a card (undefined: the selection was cleared). With it, `marks` owns the selection. */
  onSelectCard?: (occupationId: string | undefined) => void;
  /** Drawn inside React Flow, so they can use its hooks (e.g. to centre a card). */
  children?: ReactNode;
};

/**
 * The map drawn read-only: cards and arrows, a legend, an overview, zoom controls; fitted to view on open.
 * On a large map only what is on screen is drawn (LARGE_MAP_CARDS); keyboard focus then reaches visible cards.
 */
export function MapCanvas({ map, marks = NO_MARKS, onSelectCard, children }: Props) {
  // Our own React Flow id, so a card's description can name React Flow's elements next to ours.
  const flowId = `map-canvas-${useId().replace(/[^\w-]/g, '')}`;
  const built = useMemo(() => toFlowElements(map), [map]);
  const markedNodes = useMemo(() => markNodes(built.nodes, marks, flowId), [built, marks, flowId]);
  const edges = useMemo(() => markEdges(built.edges, marks), [built, marks]);
  const { nodes, onNodesChange } = useCanvasNodes(markedNodes, onSelectCard);
  return (
    <div className="map-canvas" aria-label={`Pathway map: ${map.title}`} role="region">
      <ReactFlow
        key={map.id}
        id={flowId}
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        onlyRenderVisibleElements={nodes.length > LARGE_MAP_CARDS}
        fitView
        fitViewOptions={FIT_VIEW}
        minZoom={0.1}
      >
        <Background />
        <MapLegend groups={map.groups} wageScales={built.wageScales} />
        <CanvasMiniMap />
        <Controls showInteractive={false} aria-label="Zoom" />
        {children}
      </ReactFlow>
      <MarkDescriptions flowId={flowId} />
    </div>
  );
}
