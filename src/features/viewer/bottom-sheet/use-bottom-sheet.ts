import { useLayoutEffect, useState } from 'react';
import { isNarrowScreen } from '../../canvas/canvas-insets';
import { useViewerStore } from '../viewer-store';

/**
 * Unfolded or folded, for the side panel: beside the map on a wide screen (folded, only its tab strip
 * shows), a bottom sheet below 640 px (folded, only its handle; viewer.css). It starts folded, so the
 * map has the width (or the screen), and unfolds when a card is chosen, so its details show, or when
 * a tab is chosen (clicked, even the one already shown, or switched to); its handle folds and unfolds it.
 * On a phone, a route chosen folds the sheet to its handle so the route shows on the map (its steps are
 * a press on the handle away); beside the map the panel stays open, since the route fits beside it.
 */
export function useBottomSheet(): { expanded: boolean; toggle: () => void; expand: () => void } {
  // A card still chosen, or the routes shown, when the viewer opens again (back from the editor): unfolded.
  const [expanded, setExpanded] = useState(() => {
    const now = useViewerStore.getState();
    return (now.panel !== 'details' || now.selectedOccupationId !== undefined) && !(now.fitRequest !== undefined && isNarrowScreen());
  });
  // A layout effect: subscribed before any effect of the page runs (a route link read as it opens).
  useLayoutEffect(
    () =>
      useViewerStore.subscribe((state, previous) => {
        const chosen = state.selectedOccupationId;
        if (chosen !== undefined && chosen !== previous.selectedOccupationId) setExpanded(true);
        // Another tab chosen, by the reader or by the viewer (a route opened from a link).
        if (state.panel !== previous.panel) setExpanded(true);
        // A route chosen is fitted on the map: on a phone the sheet folds to its handle so the route shows.
        if (state.fitRequest !== previous.fitRequest && state.fitRequest !== undefined && isNarrowScreen()) setExpanded(false);
      }),
    [],
  );
  return { expanded, toggle: () => setExpanded((open) => !open), expand: () => setExpanded(true) };
}
