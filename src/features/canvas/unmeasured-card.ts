import { Position, type NodeHandle } from '@xyflow/react';
import { TALLEST_CARD_SIZE } from '../../layout/card-geometry';

// React Flow draws every card at least once, to measure it and find its handles, even off screen with
// onlyRenderVisibleElements; on a 5,000-card map that was some 235,000 DOM nodes at once, and most of
// the renderer's peak memory. A card that comes with a size and its handles is drawn only when in view.

const HANDLE = 6; // React Flow's default handle: a 6 px dot centred on the card's edge
const middle = TALLEST_CARD_SIZE.height / 2 - HANDLE / 2;

/** A card's handles before it is measured: the arrow's end on the left edge, its start on the right. */
const ASSUMED_HANDLES: NodeHandle[] = [
  { type: 'target', position: Position.Left, x: -HANDLE / 2, y: middle, width: HANDLE, height: HANDLE },
  { type: 'source', position: Position.Right, x: TALLEST_CARD_SIZE.width - HANDLE / 2, y: middle, width: HANDLE, height: HANDLE },
];

/**
 * What a card of a large map says about itself before React Flow measures it: the tallest card's size
 * and handles where that card has them. Once on screen it is measured, and the measures replace these.
 * The same objects for every card, so an unchanged card stays the same node (mergeNodes).
 */
export const UNMEASURED_CARD = {
  initialWidth: TALLEST_CARD_SIZE.width,
  initialHeight: TALLEST_CARD_SIZE.height,
  handles: ASSUMED_HANDLES,
} as const;
