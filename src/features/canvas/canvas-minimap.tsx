import { MiniMap, useStore, type ReactFlowState } from '@xyflow/react';
import './canvas.css';
import { safeColour } from './safe-colour';
import type { CardFlowNode } from './to-flow-elements';

/** Cards without a (valid) group colour: darker than the mask, so they still show. */
const NO_GROUP_COLOUR = '#7b8794';
/** Cards the viewer's filters leave out (card-marks.ts): pale, as on the canvas. */
const DIMMED_COLOUR = '#d9dde2';
/** Rounding slack, so the overview does not flicker at the edge of "everything is in view". */
const SLACK_PX = 2;

function nodeColour(node: CardFlowNode): string {
  if (node.className?.includes('occupation-node--dimmed')) return DIMMED_COLOUR;
  return safeColour(node.data.colour) ?? NO_GROUP_COLOUR;
}

/** Whether some card lies (partly) outside the visible canvas. O(cards), on store updates only. */
function someCardOffScreen(state: ReactFlowState): boolean {
  const { width, height, nodeLookup } = state;
  const [panX, panY, zoom] = state.transform;
  if (width === 0 || height === 0) return false;
  for (const node of nodeLookup.values()) {
    const { x, y } = node.internals.positionAbsolute;
    const left = x * zoom + panX;
    const top = y * zoom + panY;
    const right = left + (node.measured.width ?? 0) * zoom;
    const bottom = top + (node.measured.height ?? 0) * zoom;
    if (left < -SLACK_PX || top < -SLACK_PX || right > width + SLACK_PX || bottom > height + SLACK_PX) return true;
  }
  return false;
}

/**
 * An overview of the whole map, each card in its group's colour; drag or scroll it to move the view.
 * Shown only while part of the map is out of view: with every card on screen it has nothing to offer,
 * and in its corner it would cover a card.
 */
export function CanvasMiniMap() {
  const needed = useStore(someCardOffScreen);
  if (!needed) return null;
  return (
    <MiniMap<CardFlowNode>
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
