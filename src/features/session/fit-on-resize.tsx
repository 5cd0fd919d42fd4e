import { useLayoutEffect } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { viewSettled, waitFor } from '../canvas/motion';
import { useStartMotion } from '../canvas/use-map-rest';

const FIT = { padding: 0.06 };
/** A resize (going full screen) comes in several steps: fit once they are over. */
const RESIZE_PAUSE_MS = 150;

/**
 * Fits the whole map again when the canvas changes size (going full screen, the laptop plugged into
 * the projector) and when the cards are placed anew (`arrangement` changes, e.g. once laid out).
 * The room should always see every card. The canvas is busy until the fit has landed; a newer
 * change cancels the pending fit.
 */
export function FitOnResize({ arrangement }: { arrangement: string }) {
  const { fitView } = useReactFlow();
  const start = useStartMotion();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  useLayoutEffect(() => {
    if (width === 0 || height === 0) return;
    const motion = start('fit');
    const { signal } = motion;
    void waitFor(RESIZE_PAUSE_MS, signal)
      .then(() => (signal.aborted ? undefined : viewSettled(fitView(FIT), 0, signal)))
      .then(motion.end);
  }, [width, height, arrangement, fitView, start]);
  return null;
}
