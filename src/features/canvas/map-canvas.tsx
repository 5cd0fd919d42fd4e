import { useMemo } from 'react';
import { Background, Controls, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { PathwayMap } from '../../domain/schema/map';
import './canvas.css';
import { EDGE_TYPES, NODE_TYPES } from './flow-types';
import { toFlowElements } from './to-flow-elements';
import { LARGE_MAP_CARDS } from './zoom';

/**
 * The map drawn read-only: cards and arrows, pan and zoom, keyboard focus on each card.
 * On a large map only what is on screen is drawn (LARGE_MAP_CARDS); keyboard focus then reaches visible cards.
 */
export function MapCanvas({ map }: { map: PathwayMap }) {
  const { nodes, edges } = useMemo(() => toFlowElements(map), [map]);
  return (
    <div className="map-canvas" aria-label={`Pathway map: ${map.title}`} role="region">
      <ReactFlow
        key={map.id}
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        onlyRenderVisibleElements={nodes.length > LARGE_MAP_CARDS}
        fitView
        minZoom={0.1}
      >
        <Background />
        <Controls showInteractive={false} aria-label="Zoom" />
      </ReactFlow>
    </div>
  );
}
