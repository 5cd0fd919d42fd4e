import { useMemo } from 'react';
import { Background, Controls, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { PathwayMap } from '../../domain/schema/map';
import { OccupationNode } from './occupation-node';
import { toFlowElements } from './to-flow-elements';

// Defined at module scope: a new object each render would make React Flow remount every card.
const NODE_TYPES = { occupation: OccupationNode };

/** The map drawn read-only: cards and arrows, pan and zoom, keyboard focus on each card. */
export function MapCanvas({ map }: { map: PathwayMap }) {
  const { nodes, edges } = useMemo(() => toFlowElements(map), [map]);
  return (
    <div className="map-canvas" aria-label={`Pathway map: ${map.title}`} role="region">
      <ReactFlow
        key={map.id}
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        fitView
        minZoom={0.1}
        proOptions={{ hideAttribution: false }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
