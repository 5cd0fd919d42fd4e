import { useStore, type ReactFlowState } from '@xyflow/react';
import { LARGE_MAP_CARDS } from '../../layout/canvas-limits';
import { usePrinting } from './printing';

/**
 * Below this zoom a card's details would be drawn at under ~7 px and nobody could read them, so cards
 * show only their title (in large type) and arrows drop their labels: far fewer DOM elements when a
 * big map is seen whole.
 */
export const DETAIL_ZOOM = 0.6;

// A large map (LARGE_MAP_CARDS) is drawn more simply: only what is on screen, and, zoomed out, arrows
// without dashes. The browser draws every dash of a path: on a 2,000-card map, dashed arrows made each
// frame of a pan take ~0.4 s in headless Chromium (solid ones: one frame, 17 ms).

const isZoomedOut = (state: ReactFlowState): boolean => state.transform[2] < DETAIL_ZOOM;
const isFarOverLargeMap = (state: ReactFlowState): boolean =>
  state.transform[2] < DETAIL_ZOOM && state.nodeLookup.size > LARGE_MAP_CARDS;

/**
 * True while zoomed out. A boolean selector: components re-render only when the threshold is crossed.
 * While the map is printed (printing.ts) the screen's zoom does not count, so every card prints its
 * details; except on a large map, which prints as the screen draws it: fitted onto one page its cards
 * are too small for details to be read, and drawing details on hundreds of cards at once would hold
 * up the print.
 */
export function useZoomedOut(): boolean {
  return useStore(usePrinting() ? isFarOverLargeMap : isZoomedOut);
}

/** True while a large map is seen zoomed out: draw arrows plainly (printed too, as with useZoomedOut). */
export function useDrawPlainly(): boolean {
  return useStore(isFarOverLargeMap);
}
