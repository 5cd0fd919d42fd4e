import { useLayoutEffect } from 'react';
import { useStoreApi, type FitViewOptions, type InternalNode } from '@xyflow/react';
import { CARD_TALLEST_HEIGHT, CARD_WIDTH } from '../../layout/card-geometry';
import { LARGE_MAP_CARDS } from '../../layout/canvas-limits';
import type { CanvasInsets } from './canvas-insets';
import { openingView, type Box, type OpeningKind, type OpeningRule } from './opening-view';
import { DETAIL_ZOOM } from './zoom';

/** Zoomed out a title is 26 px (canvas.css); on a phone no title under 11 px on screen. */
const RULE: OpeningRule = { detailZoom: DETAIL_ZOOM, compactTitlePx: 26, legibleTitlePx: 11, maxZoom: 1 };
/** A wide screen always opens on the whole map (simplified, and saying so, when it must). */
const WHOLE_RULE: OpeningRule = { ...RULE, legibleTitlePx: 0 };

/**
 * A card's box for the opening rule. At least as tall as the tallest card: opened close enough,
 * a card shows its details and grows to that.
 */
function boxOf(node: InternalNode): Box {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? CARD_WIDTH, height: Math.max(node.measured.height ?? 0, CARD_TALLEST_HEIGHT) };
}

/**
 * Turns each opening fit (React Flow's fit on open and refits asked with `options`, e.g. once elk's
 * layout replaces the ladder) into the opening view (opening-view.ts), the moment React Flow lands it:
 * in the same store update, before anything waiting on the fit (centring on a card) moves the view.
 * A fit asked with other options ("Fit View") stays a fit of the whole map. A large map keeps its
 * whole-map fit: seen whole, it is an overview with its own hint. Rendered inside React Flow.
 */
export function OpenReadable({ options, insets, onOpened }: { options: FitViewOptions; insets: CanvasInsets; onOpened: (kind: OpeningKind) => void }) {
  const store = useStoreApi();
  useLayoutEffect(
    () =>
      store.subscribe((state, previous) => {
        if (!previous.fitViewQueued || state.fitViewQueued || previous.fitViewOptions !== options) return;
        if (state.nodeLookup.size > LARGE_MAP_CARDS) return onOpened('whole');
        const boxes = [...state.nodeLookup.values()].map(boxOf);
        const view = openingView(boxes, { width: state.width, height: state.height }, insets.clear, insets.withNote, insets.partAllowed ? RULE : WHOLE_RULE);
        if (!view || !state.panZoom) return;
        // Too big to fit even at React Flow's least zoom: its own fit (held to that zoom) stands.
        if (view.viewport.zoom < state.minZoom) return onOpened('whole');
        void state.panZoom.setViewport(view.viewport, { duration: 0 });
        onOpened(view.kind);
      }),
    [store, options, insets, onOpened],
  );
  return null;
}
