import { useLayoutEffect, useRef } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { usePrinting } from './printing';
import { LARGE_MAP_CARDS } from '../../layout/canvas-limits';

type Updates = Parameters<ReactFlowState['updateNodeInternals']>[0];

/**
 * Cards change size when printing starts or ends (their details are drawn or not: zoom.ts). React Flow
 * learns a new size from a ResizeObserver, which need not run before the browser lays the page out for
 * paper, and arrows would then end where the old cards' edges were. So the cards are measured here at
 * once, in the same synchronous render (a layout effect). A large map keeps its drawing when printed,
 * so there is nothing to measure. Rendered inside React Flow.
 */
export function RemeasureWhenPrinting() {
  const printing = usePrinting();
  const store = useStoreApi();
  const measuredFor = useRef(printing);
  useLayoutEffect(() => {
    if (measuredFor.current === printing) return;
    measuredFor.current = printing;
    const { domNode, nodeLookup, updateNodeInternals } = store.getState();
    if (!domNode || nodeLookup.size > LARGE_MAP_CARDS) return;
    const updates: Updates = new Map();
    for (const nodeElement of domNode.querySelectorAll<HTMLDivElement>('.react-flow__node')) {
      const id = nodeElement.dataset.id;
      if (id !== undefined && nodeLookup.has(id)) updates.set(id, { id, nodeElement, force: true });
    }
    if (updates.size > 0) updateNodeInternals(updates);
  }, [printing, store]);
  return null;
}
