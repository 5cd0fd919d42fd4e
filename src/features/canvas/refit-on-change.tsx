import { useLayoutEffect, useRef } from 'react';
import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { startRefit } from './refit';
import { useStartMotion } from './use-map-rest';

/**
 * Fits the view again when the cards are placed anew (`arrangement` changes, e.g. when elk's layout
 * replaces the quick ladder placement). Refitting, rather than remounting the canvas, keeps the
 * focused card focused. Rendered inside React Flow; the first arrangement is fitted by React Flow itself.
 * The canvas is busy until the fit has landed (a layout effect: busy in the same commit as the new places).
 */
export function RefitOnChange({ arrangement, options }: { arrangement: string; options: FitViewOptions }) {
  const { fitView } = useReactFlow();
  const start = useStartMotion();
  const fitted = useRef(arrangement);
  useLayoutEffect(() => {
    if (fitted.current === arrangement) return;
    fitted.current = arrangement;
    void startRefit(start, fitView, options);
  }, [arrangement, options, fitView, start]);
  return null;
}
