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

/** While a card is dragged on a map this large, arrows keep their plain path until it is dropped (routing them all each frame costs too much). */
const LIVE_ROUTED_CARDS = 100;

type Held = { boxes: CardBoxes; dragging: boolean };
// One index per nodes array, shared by every arrow on the canvas (built by the first to ask).
const built = new WeakMap<readonly Node[], Held>();
// The last index of each canvas: kept when a change moves no card (e.g. a selection), so no arrow re-routes.
const lastOf = new WeakMap<object, CardBoxes>();

/** The boxes of the cards on the canvas (measured, unhidden), for routing arrows; undefined on a large map. */
export function useCardBoxes(): CardBoxes | undefined {
  const nodes = useStore(selectCards);
  const store = useStoreApi();
  if (nodes === TOO_MANY) return undefined;
  let held = built.get(nodes);
  if (!held) {
    // The lookup is updated together with the nodes array: it holds each card's measured size and place.
    const { nodeLookup } = store.getState();
    const entries: [string, Rect][] = [];
    let dragging = false;
    for (const node of nodes) {
      if (node.dragging) dragging = true;
      if (node.hidden) continue;
      const internal = nodeLookup.get(node.id);
      const width = internal?.measured.width ?? node.measured?.width ?? node.width;
      const height = internal?.measured.height ?? node.measured?.height ?? node.height;
      if (!width || !height) continue;
      const place = internal?.internals.positionAbsolute ?? node.position;
      entries.push([node.id, { x: place.x, y: place.y, width, height }]);
    }
    const last = lastOf.get(store);
    const boxes = last?.holdsExactly(entries) ? last : new CardBoxes(entries);
    lastOf.set(store, boxes);
    held = { boxes, dragging: dragging && nodes.length > LIVE_ROUTED_CARDS };
    built.set(nodes, held);
  }
  return held.dragging ? undefined : held.boxes;
}
