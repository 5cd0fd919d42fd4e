import { useEffect, useRef } from 'react';
import { useReactFlow, type FitViewOptions } from '@xyflow/react';

/**
 * Fits the view again when the cards are placed anew (`arrangement` changes, e.g. when elk's layout
 * replaces the quick ladder placement). Refitting, rather than remounting the canvas, keeps the
 * focused card focused. Rendered inside React Flow; the first arrangement is fitted by React Flow itself.
 */
export function RefitOnChange({ arrangement, options }: { arrangement: string; options: FitViewOptions }) {
  const { fitView } = useReactFlow();
  const fitted = useRef(arrangement);
  useEffect(() => {
    if (fitted.current === arrangement) return;
    fitted.current = arrangement;
    void fitView(options);
  }, [arrangement, options, fitView]);
  return null;
}
