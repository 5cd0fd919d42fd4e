import { useEffect, useState } from 'react';
import { useViewerStore } from '../viewer-store';

/**
 * Open or closed, for the side panel when it is a bottom sheet (below 640 px; viewer.css). It starts
 * closed, so the map has the screen, opens when a card is chosen, so its details show, and folds when
 * a route is chosen, so the route shows on the map (its steps are a press on the handle away).
 * On wider screens the state has no effect: the panel is always open beside the map.
 */
export function useBottomSheet(): { expanded: boolean; toggle: () => void } {
  const [expanded, setExpanded] = useState(false);
  useEffect(
    () =>
      useViewerStore.subscribe((state, previous) => {
        const chosen = state.selectedOccupationId;
        if (chosen !== undefined && chosen !== previous.selectedOccupationId) setExpanded(true);
        // A route chosen is fitted on the map: the sheet folds to its handle so the route shows.
        if (state.fitRequest !== previous.fitRequest && state.fitRequest !== undefined) setExpanded(false);
      }),
    [],
  );
  return { expanded, toggle: () => setExpanded((open) => !open) };
}
