import { MiniMap } from '@xyflow/react';
import './canvas.css';
import { safeColour } from './safe-colour';
import type { OccupationFlowNode } from './to-flow-elements';

/** Cards without a (valid) group colour: darker than the mask, so they still show. */
const NO_GROUP_COLOUR = '#7b8794';
/** Cards the viewer's filters leave out (card-marks.ts): pale, as on the canvas. */
const DIMMED_COLOUR = '#d9dde2';

function nodeColour(node: OccupationFlowNode): string {
  if (node.className?.includes('occupation-node--dimmed')) return DIMMED_COLOUR;
  return safeColour(node.data.colour) ?? NO_GROUP_COLOUR;
}

/** An overview of the whole map, each card in its group's colour; drag or scroll it to move the view. */
export function CanvasMiniMap() {
  return (
    <MiniMap<OccupationFlowNode>
      className="canvas-minimap"
      ariaLabel="Overview of the map"
      nodeColor={nodeColour}
      nodeBorderRadius={12}
      maskColor="rgb(31 41 51 / 0.12)"
      maskStrokeColor="#0b5cad"
      maskStrokeWidth={2}
      pannable
      zoomable
    />
  );
}
