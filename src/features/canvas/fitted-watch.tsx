import { useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';

/** React Flow has done its own fit on open (an empty map has nothing to fit). */
export const isFitted = (state: ReactFlowState): boolean => state.width > 0 && (!state.fitViewQueued || state.nodeLookup.size === 0);

/**
 * Tells the canvas around React Flow whether React Flow's own fit on open has happened: until then
 * the cards are not where they will stay. Rendered inside React Flow.
 */
export function FittedWatch({ onFittedChange }: { onFittedChange: (fitted: boolean) => void }) {
  const fitted = useStore(isFitted);
  useEffect(() => onFittedChange(fitted), [fitted, onFittedChange]);
  return null;
}
