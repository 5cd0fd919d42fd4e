import { useLayoutEffect, useRef } from 'react';
import { useStore, useStoreApi } from '@xyflow/react';
import { TALLEST_CARD_SIZE } from '../../layout/card-geometry';
import { isPrinting } from './printing';

/** How far in from the canvas's edge the card is brought. */
const MARGIN = 16;

/** How far to move along one axis so [start, end] lies inside [0, size], keeping a margin where it can. */
export function shiftInto(start: number, end: number, size: number): number {
  if (end - start > size - 2 * MARGIN) return MARGIN - start;
  if (start < MARGIN) return MARGIN - start;
  if (end > size - MARGIN) return size - MARGIN - end;
  return 0;
}

/**
 * When the canvas changes size (the side panel unfolds beside it, the window narrows), the selected
 * card is panned back into view if the new edge left it outside; the zoom stays. Rendered inside React Flow.
 */
export function KeepSelectedInView({ selectedId }: { selectedId: string | undefined }) {
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const store = useStoreApi();
  // Only a change of size moves the view: a card chosen on screen is already in view.
  const size = useRef({ width, height });
  useLayoutEffect(() => {
    const resized = size.current.width !== width || size.current.height !== height;
    size.current = { width, height };
    const { nodeLookup, transform, panZoom } = store.getState();
    const node = selectedId === undefined ? undefined : nodeLookup.get(selectedId);
    // While printing, the page sets the view itself (use-print-fit.ts).
    if (!resized || !node || !panZoom || width === 0 || height === 0 || isPrinting()) return;
    const [x, y, zoom] = transform;
    const left = x + node.internals.positionAbsolute.x * zoom;
    const top = y + node.internals.positionAbsolute.y * zoom;
    const right = left + (node.measured.width ?? TALLEST_CARD_SIZE.width) * zoom;
    const bottom = top + (node.measured.height ?? TALLEST_CARD_SIZE.height) * zoom;
    const dx = shiftInto(left, right, width);
    const dy = shiftInto(top, bottom, height);
    if (dx !== 0 || dy !== 0) void panZoom.setViewport({ x: x + dx, y: y + dy, zoom }, { duration: 0 });
  }, [width, height, store, selectedId]);
  return null;
}
