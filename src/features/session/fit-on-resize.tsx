import { useEffect } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';

const FIT = { padding: 0.06 };

/**
 * Fits the whole map again when the canvas changes size (going full screen, the laptop plugged into
 * the projector) and when the cards are placed anew (`arrangement` changes, e.g. once laid out).
 * The room should always see every card.
 */
export function FitOnResize({ arrangement }: { arrangement: string }) {
  const { fitView } = useReactFlow();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  useEffect(() => {
    if (width === 0 || height === 0) return;
    const timer = setTimeout(() => void fitView(FIT), 150);
    return () => clearTimeout(timer);
  }, [width, height, arrangement, fitView]);
  return null;
}
