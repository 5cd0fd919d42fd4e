import { useLayoutEffect, useRef } from 'react';
import { useReactFlow, useStore, useStoreApi, type FitViewOptions, type ReactFlowState } from '@xyflow/react';
import { isFitted } from '../canvas/fitted-watch';
import { FIT_MS, prefersReducedMotion } from '../canvas/motion';
import { startRefit } from '../canvas/refit';
import { useStartMotion } from '../canvas/use-map-rest';
import { LARGE_MAP_CARDS } from '../../layout/canvas-limits';
import { scrollIntoViewIfNeeded } from './centre-on-request';
import { useViewerStore } from './viewer-store';

/** A route is fitted no closer than reading zoom: its cards show their facts, and no larger. */
const READING_ZOOM = 1;

/**
 * Room around the route, clear of what floats over the canvas: on a wide screen the legend (top
 * left, ~250 px wide), on a narrow one the folded legend above, the zoom buttons bottom left and,
 * on a phone, the folded sheet's handle along the bottom.
 */
const BESIDE_LEGEND = { top: '24px', right: '24px', bottom: '24px', left: '290px' } as const;
const BELOW_LEGEND = { top: '76px', right: '16px', bottom: '56px', left: '60px' } as const;

function fitOptions(cardIds: readonly string[], large: boolean): FitViewOptions {
  const wide = typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 900px)').matches;
  return {
    nodes: cardIds.map((id) => ({ id })),
    padding: wide ? BESIDE_LEGEND : BELOW_LEGEND,
    maxZoom: READING_ZOOM,
    includeHiddenNodes: true,
    // A large map jumps: it draws only what is on screen, and each frame of a glide mounts new cards.
    duration: large || prefersReducedMotion() ? 0 : FIT_MS,
  };
}

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
  const fitted = useStore(isFitted);
  const large = useStore(isLarge);
  const flowStore = useStoreApi();
  const { fitView } = useReactFlow();
  const start = useStartMotion();
  const handled = useRef<string | undefined>(undefined);

  useLayoutEffect(() => {
    const key = request && `${request.nonce}@${arrangement}`;
    if (!request || handled.current === key) return;
    const fit = () => {
      const present = request.cardIds.filter((id) => flowStore.getState().nodeLookup.has(id));
      if (present.length === 0) return;
      handled.current = key;
      void startRefit(start, fitView, fitOptions(present, large));
      const canvas = flowStore.getState().domNode;
      if (canvas) scrollIntoViewIfNeeded(canvas);
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
  }, [request, arrangement, fitted, large, flowStore, fitView, start]);

  return null;
}
