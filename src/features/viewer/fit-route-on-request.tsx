import { useLayoutEffect, useRef } from 'react';
import { useReactFlow, useStore, useStoreApi, type FitViewOptions, type ReactFlowState } from '@xyflow/react';
import { canvasInsets, fitOptionsFor, isNarrowScreen } from '../canvas/canvas-insets';
import { isFitted } from '../canvas/fitted-watch';
import { FIT_MS, prefersReducedMotion } from '../canvas/motion';
import { startRefit } from '../canvas/refit';
import { useStartMotion } from '../canvas/use-map-rest';
import { LARGE_MAP_CARDS } from '../../layout/canvas-limits';
import { scrollIntoViewIfNeeded } from './centre-on-request';
import { useViewerStore } from './viewer-store';

/** A route is fitted no closer than reading zoom: its cards show their facts, and no larger. */
const READING_ZOOM = 1;

/** Room around the route beyond what the canvas keeps clear; on a phone, the folded sheet's handle along the bottom too. */
const MARGIN = 16;
const SHEET_HANDLE = 48;

function fitOptions(cardIds: readonly string[], large: boolean): FitViewOptions {
  const { clear } = canvasInsets();
  const sheet = isNarrowScreen() ? SHEET_HANDLE : 0;
  const whole = fitOptionsFor({ top: clear.top + MARGIN, right: clear.right + MARGIN, bottom: clear.bottom + MARGIN + sheet, left: clear.left + MARGIN });
  return {
    ...whole,
    nodes: cardIds.map((id) => ({ id })),
    maxZoom: READING_ZOOM,
    // A large map jumps: it draws only what is on screen, and each frame of a glide mounts new cards.
    duration: large || prefersReducedMotion() ? 0 : FIT_MS,
  };
}

/** The newest fit request the page was scrolled for: a canvas mounted again fits, but does not scroll the page again. */
let scrolledFor = 0;

const isLarge = (state: ReactFlowState): boolean => state.nodeLookup.size > LARGE_MAP_CARDS;

/**
 * Fits the cards the viewer asks for (`fitRequest`: a route chosen in the route finder) in view,
 * through the canvas's one fit path (refit.ts), so the canvas is busy until the route is still; the
 * page is scrolled to the canvas when it is out of view (a phone). As CentreOnRequest does, it waits
 * for React Flow's own fit (on open, or a refit for new places) and fits again when the cards are
 * placed anew (`arrangement`). Rendered inside React Flow.
 */
export function FitRouteOnRequest({ arrangement }: { arrangement: string }) {
  const request = useViewerStore((state) => state.fitRequest);
  // A card centred since (a search, a card chosen by the arrow keys) wins: the route is not fitted over it.
  const centredLater = useViewerStore((state) => (state.centreRequest?.nonce ?? 0) > (state.fitRequest?.nonce ?? 0));
  const fitted = useStore(isFitted);
  const large = useStore(isLarge);
  const flowStore = useStoreApi();
  const { fitView } = useReactFlow();
  const start = useStartMotion();
  const handled = useRef<string | undefined>(undefined);

  useLayoutEffect(() => {
    const key = request && `${request.nonce}@${arrangement}`;
    if (!request || centredLater || handled.current === key) return;
    const fit = () => {
      const present = request.cardIds.filter((id) => flowStore.getState().nodeLookup.has(id));
      if (present.length === 0) return;
      handled.current = key;
      void startRefit(start, fitView, fitOptions(present, large));
      const canvas = flowStore.getState().domNode;
      if (canvas && request.nonce > scrolledFor) {
        scrolledFor = request.nonce;
        scrollIntoViewIfNeeded(canvas);
      }
    };
    if (isFitted(flowStore.getState())) {
      fit();
      return;
    }
    let waiting = true;
    let cancelled = false;
    const unsubscribe = flowStore.subscribe((state) => {
      if (!waiting || !isFitted(state)) return;
      waiting = false;
      unsubscribe();
      // After the store update that landed the fit, so the node positions read are the new ones.
      queueMicrotask(() => {
        if (!cancelled) fit();
      });
    });
    return () => {
      waiting = false;
      cancelled = true;
      unsubscribe();
    };
  }, [request, centredLater, arrangement, fitted, large, flowStore, fitView, start]);

  return null;
}
