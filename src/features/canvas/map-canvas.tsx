import { useMemo } from 'react';
import { Background, Controls, ReactFlow, type FitViewOptions } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { PathwayMap } from '../../domain/schema/map';
import './canvas.css';
import { CanvasMiniMap } from './canvas-minimap';
import { EDGE_TYPES, NODE_TYPES } from './flow-types';
import { MapLegend } from './map-legend';
import { toFlowElements } from './to-flow-elements';
import { useCanvasNodes } from './use-canvas-nodes';
import { LARGE_MAP_CARDS } from './zoom';

const FIT_VIEW: FitViewOptions = { padding: 0.08 };

/**
 * The map drawn read-only: cards and arrows, a legend, an overview, zoom controls; fitted to view on open.
 * On a large map only what is on screen is drawn (LARGE_MAP_CARDS); keyboard focus then reaches visible cards.
 */
export function MapCanvas({ map }: { map: PathwayMap }) {
  const built = useMemo(() => toFlowElements(map), [map]);
  const { nodes, onNodesChange } = useCanvasNodes(built.nodes);
  return (
    <div className="map-canvas" aria-label={`Pathway map: ${map.title}`} role="region">
      <ReactFlow
        key={map.id}
        nodes={nodes}
        edges={built.edges}
        onNodesChange={onNodesChange}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        onlyRenderVisibleElements={nodes.length > LARGE_MAP_CARDS}
        fitView
        fitViewOptions={FIT_VIEW}
        minZoom={0.1}
      >
        <Background />
        <MapLegend groups={map.groups} wageScales={built.wageScales} />
        <CanvasMiniMap />
        <Controls showInteractive={false} aria-label="Zoom" />
      </ReactFlow>
    </div>
  );
}
