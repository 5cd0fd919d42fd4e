import { useStore, type Node, type ReactFlowState } from '@xyflow/react';
import { CardBoxes } from '../../layout/card-boxes';
import type { Rect } from '../../layout/edge-route';
import { LARGE_MAP_CARDS } from '../../layout/canvas-limits';

/** While a card is dragged on a map this large, arrows keep their plain path until it is dropped (routing them all each frame costs too much). */
const LIVE_ROUTED_CARDS = 100;

// One answer per nodes array, shared by every arrow on the canvas (worked out by the first to ask).
const answers = new WeakMap<readonly Node[], CardBoxes | undefined>();
// The last index of each canvas (keyed by its node lookup, one per canvas): kept when a change moves
// no card (e.g. a selection), so the answer is the same object and no arrow re-renders.
const lastOf = new WeakMap<object, CardBoxes>();

/**
 * The boxes of the cards on the canvas (measured, unhidden), for routing arrows. React Flow replaces
 * its nodes array when a card changes (moved, measured, selected) but not on a pan or zoom, so this
 * is worked out only then. Undefined on a large map (LARGE_MAP_CARDS: arrows keep their plain path,
 * so dragging or measuring cards re-renders no arrow) and while a card is dragged on a map over
 * LIVE_ROUTED_CARDS cards.
 */
function selectCardBoxes(state: ReactFlowState): CardBoxes | undefined {
  const { nodes, nodeLookup } = state;
  if (nodes.length > LARGE_MAP_CARDS) return undefined;
  if (answers.has(nodes)) return answers.get(nodes);
  const entries: [string, Rect][] = [];
  let dragging = false;
  for (const node of nodes) {
    if (node.dragging) dragging = true;
    if (node.hidden) continue;
    // The lookup is updated together with the nodes array: it holds each card's measured size and place.
    const internal = nodeLookup.get(node.id);
    const width = internal?.measured.width ?? node.measured?.width ?? node.width;
    const height = internal?.measured.height ?? node.measured?.height ?? node.height;
    if (!width || !height) continue;
    const place = internal?.internals.positionAbsolute ?? node.position;
    entries.push([node.id, { x: place.x, y: place.y, width, height }]);
  }
  const last = lastOf.get(nodeLookup);
  const boxes = last?.holdsExactly(entries) ? last : new CardBoxes(entries);
  lastOf.set(nodeLookup, boxes);
  const answer = dragging && nodes.length > LIVE_ROUTED_CARDS ? undefined : boxes;
  answers.set(nodes, answer);
  return answer;
}

/** The card boxes an arrow routes around; an arrow re-renders only when they change. */
export function useCardBoxes(): CardBoxes | undefined {
  return useStore(selectCardBoxes);
}
