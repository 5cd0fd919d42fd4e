import { useLayoutEffect, useRef } from 'react';
import { useReactFlow, useStore, useStoreApi, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { TALLEST_CARD_SIZE } from '../../layout/card-geometry';
import { isFitted } from '../canvas/fitted-watch';
import { nextFrame, prefersReducedMotion, viewSettled } from '../canvas/motion';
import { useStartMotion } from '../canvas/use-map-rest';
import { LARGE_MAP_CARDS } from '../../layout/canvas-limits';
import { useViewerStore } from './viewer-store';

/** At least this zoom when a card is brought into view, so its details can be read. */
const READING_ZOOM = 1;
const GLIDE_MS = 450;

const isLarge = (state: ReactFlowState): boolean => state.nodeLookup.size > LARGE_MAP_CARDS;

/**
 * The last request for which the page was scrolled to the canvas. Shared by every canvas: one mounted
 * again (back from the outline) must not scroll the page for a request made before.
 */
let scrolledFor = 0;

/**
 * Brings the card the viewer asks for (`centreRequest`, e.g. a search result) to the middle of the
 * canvas, gliding there unless the reader prefers reduced motion. A large map jumps: it draws only
 * what is on screen, and every frame of a glide across it mounted new cards (about 0.7 s of work
 * on 2,000 cards, against one redraw for a jump). When the cards are placed anew (`arrangement`)
 * and the view refitted, the last requested card is centred again. Rendered inside React Flow.
 *
 * When the canvas itself is not in view (on a phone the heading, toolbar and finders come first and the
 * canvas is below the fold), the page is scrolled to it too, once per request.
 */
export function CentreOnRequest({ arrangement }: { arrangement: string }) {
  const request = useViewerStore((state) => state.centreRequest);
  // A route fitted since wins: its card is not centred over it again.
  const fittedLater = useViewerStore((state) => (state.fitRequest?.nonce ?? 0) > (state.centreRequest?.nonce ?? 0));
  // The card still chosen is centred again when the canvas changes size (the side panel unfolding beside it).
  const stillChosen = useViewerStore((state) => state.centreRequest !== undefined && state.selectedOccupationId === state.centreRequest.occupationId);
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const fitted = useStore(isFitted);
  const large = useStore(isLarge);
  const flowStore = useStoreApi();
  const { getInternalNode, getZoom, setCenter } = useReactFlow();
  const start = useStartMotion();
  // Each request centres once per arrangement: "Fit View" queues a fit too, and must not bring the old card back.
  const handled = useRef<string | undefined>(undefined);

  // A layout effect: the canvas is busy (centring) in the same commit as the request.
  useLayoutEffect(() => {
    if (!request || fittedLater) return;
    const base = `${request.nonce}@${arrangement}`;
    const key = stillChosen ? `${base}@${width}x${height}` : base;
    // Centred once per arrangement, and again per canvas size while its card is still the one chosen.
    if (handled.current === key || (!stillChosen && handled.current?.startsWith(base) === true)) return;
    const centre = () => {
      const node = getInternalNode(request.occupationId);
      if (!node) return;
      handled.current = key;
      const duration = large || prefersReducedMotion() ? 0 : GLIDE_MS;
      const motion = start('centre');
      const size = sizeOf(node);
      const centred = setCenter(...middleOf(node), { zoom: Math.max(getZoom(), READING_ZOOM), duration });
      void viewSettled(centred, duration, motion.signal)
        .then(async () => {
          // Zoomed in, a card shows its facts and badges and grows taller than the title-only card measured
          // when the glide began: centre once more on the card as it now is.
          // Two frames: the card's new size is measured (ResizeObserver) after the frame that drew it.
          await nextFrame(motion.signal);
          await nextFrame(motion.signal);
          const grown = getInternalNode(request.occupationId);
          if (motion.signal.aborted || !grown || sameSize(sizeOf(grown), size)) return;
          await setCenter(...middleOf(grown), { zoom: getZoom(), duration: 0 });
        })
        .then(motion.end);
      const canvas = flowStore.getState().domNode;
      if (request.nonce > scrolledFor && canvas) {
        scrolledFor = request.nonce;
        scrollIntoViewIfNeeded(canvas);
      }
    };
    // Centring before React Flow's fit (its own on open, or a refit queued in this same commit for
    // new places) would be undone by it. The fit can be queued and land between two renders, so
    // this waits on the store itself rather than on a rendered flag.
    if (isFitted(flowStore.getState())) {
      centre();
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
        if (!cancelled) centre();
      });
    });
    return () => {
      waiting = false;
      cancelled = true;
      unsubscribe();
    };
  }, [request, fittedLater, stillChosen, width, height, arrangement, fitted, large, flowStore, getInternalNode, getZoom, setCenter, start]);

  return null;
}

type Size = { width: number; height: number };

function sizeOf(node: InternalNode): Size {
  return { width: node.measured.width ?? TALLEST_CARD_SIZE.width, height: node.measured.height ?? TALLEST_CARD_SIZE.height };
}

const sameSize = (a: Size, b: Size): boolean => Math.abs(a.width - b.width) < 1 && Math.abs(a.height - b.height) < 1;

/** The middle of a card, in canvas coordinates. */
function middleOf(node: InternalNode): [number, number] {
  const { x, y } = node.internals.positionAbsolute;
  const { width, height } = sizeOf(node);
  return [x + width / 2, y + height / 2];
}

/** Scrolls the page (and any box it is in) so the whole canvas shows, its middle (where the card is) in the middle. */
export function scrollIntoViewIfNeeded(canvas: HTMLElement): void {
  const { top, bottom, height } = canvas.getBoundingClientRect();
  const windowHeight = window.innerHeight;
  // A canvas taller than the window is in view when it fills it.
  const inView = height <= windowHeight ? top >= -1 && bottom <= windowHeight + 1 : top <= 1 && bottom >= windowHeight - 1;
  if (inView || typeof canvas.scrollIntoView !== 'function') return;
  canvas.scrollIntoView({ block: 'center', inline: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}
