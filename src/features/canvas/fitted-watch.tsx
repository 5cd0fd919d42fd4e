import { useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';

/** React Flow has done its own fit on open (an empty map has nothing to fit). */
export const isFitted = (state: ReactFlowState): boolean => state.width > 0 && (!state.fitViewQueued || state.nodeLookup.size === 0);

/**
 * Tells the canvas around React Flow whether React Flow's own fit on open has happened: until then
 * the cards are not where they will stay. Once told, it stays told: later fits are motions of their
 * own (use-map-rest.ts), which end even when React Flow never gets to a queued fit; following
 * `fitViewQueued` after opening left a canvas busy for good. Rendered inside React Flow.
 */
export function FittedWatch({ onFittedChange }: { onFittedChange: (fitted: true) => void }) {
  const fitted = useStore(isFitted);
  useEffect(() => {
    if (fitted) onFittedChange(true);
  }, [fitted, onFittedChange]);
  return null;
}
