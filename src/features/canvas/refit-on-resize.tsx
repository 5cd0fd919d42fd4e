import { useLayoutEffect } from 'react';
import { useReactFlow, useStore, type FitViewOptions } from '@xyflow/react';
import { startRefit } from './refit';
import { useStartMotion } from './use-map-rest';

/** A resize (going full screen) comes in several steps: fit once they are over. */
export const RESIZE_PAUSE_MS = 150;

/**
 * Fits the whole map again when the canvas changes size (going full screen, the laptop plugged into
 * the projector; also once its size is first known) and when the cards are placed anew
 * (`arrangement` changes, e.g. once laid out): for a canvas on which every card should always show.
 * The canvas is busy until the fit has landed; a newer change cancels the pending fit.
 * Rendered inside React Flow.
 */
export function RefitOnResize({ arrangement, options }: { arrangement: string; options: FitViewOptions }) {
  const { fitView } = useReactFlow();
  const start = useStartMotion();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  useLayoutEffect(() => {
    if (width === 0 || height === 0) return;
    void startRefit(start, fitView, options, RESIZE_PAUSE_MS);
  }, [width, height, arrangement, options, fitView, start]);
  return null;
}
