import { useEffect, useState } from 'react';
import { useViewerStore } from '../viewer-store';

/**
 * Open or closed, for the side panel when it is a bottom sheet (below 640 px; viewer.css). It starts
 * closed, so the map has the screen, and opens when a card is chosen, so its details show.
 * On wider screens the state has no effect: the panel is always open beside the map.
 */
export function useBottomSheet(): { expanded: boolean; toggle: () => void } {
  const [expanded, setExpanded] = useState(false);
  useEffect(
    () =>
      useViewerStore.subscribe((state, previous) => {
        const chosen = state.selectedOccupationId;
        if (chosen !== undefined && chosen !== previous.selectedOccupationId) setExpanded(true);
      }),
    [],
  );
  return { expanded, toggle: () => setExpanded((open) => !open) };
}
