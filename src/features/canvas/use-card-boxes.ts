import { useStore, useStoreApi, type Node, type ReactFlowState } from '@xyflow/react';
import { CardBoxes } from '../../layout/card-boxes';
import type { Rect } from '../../layout/edge-route';
import { LARGE_MAP_CARDS } from './zoom';

const TOO_MANY = null;
/**
 * React Flow replaces its nodes array when a card changes (moved, measured, selected) but not on a
 * pan or zoom, so arrows re-route only then. On a large map arrows are not routed at all (they keep
 * their plain path): the selector then never changes, so dragging or measuring cards re-renders no
 * arrow, and the 2,000-card budget (LARGE_MAP_CARDS) is untouched.
 */
const selectCards = (state: ReactFlowState) => (state.nodes.length > LARGE_MAP_CARDS ? TOO_MANY : state.nodes);

// One index per nodes array, shared by every arrow on the canvas (built by the first to ask).
const built = new WeakMap<readonly Node[], CardBoxes>();

/** The boxes of the cards on the canvas (measured, unhidden), for routing arrows; undefined on a large map. */
export function useCardBoxes(): CardBoxes | undefined {
  const nodes = useStore(selectCards);
  const store = useStoreApi();
  if (nodes === TOO_MANY) return undefined;
  let boxes = built.get(nodes);
  if (!boxes) {
    // The lookup is updated together with the nodes array: it holds each card's measured size and place.
    const { nodeLookup } = store.getState();
    const entries: [string, Rect][] = [];
    for (const node of nodes) {
      if (node.hidden) continue;
      const internal = nodeLookup.get(node.id);
      const width = internal?.measured.width ?? node.measured?.width ?? node.width;
      const height = internal?.measured.height ?? node.measured?.height ?? node.height;
      if (!width || !height) continue;
      const place = internal?.internals.positionAbsolute ?? node.position;
      entries.push([node.id, { x: place.x, y: place.y, width, height }]);
    }
    boxes = new CardBoxes(entries);
    built.set(nodes, boxes);
  }
  return boxes;
}
