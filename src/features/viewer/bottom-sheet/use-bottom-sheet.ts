import { useEffect, useState } from 'react';
import { useViewerStore } from '../viewer-store';

/**
 * Unfolded or folded, for the side panel: beside the map on a wide screen (folded, only its tab strip
 * shows), a bottom sheet below 640 px (folded, only its handle; viewer.css). It starts folded, so the
 * map has the width (or the screen), and unfolds when a card is chosen, so its details show, or when
 * a tab is chosen (clicked, even the one already shown, or switched to); its handle folds and unfolds it.
 */
export function useBottomSheet(): { expanded: boolean; toggle: () => void; expand: () => void } {
  const [expanded, setExpanded] = useState(false);
  useEffect(
    () =>
      useViewerStore.subscribe((state, previous) => {
        const chosen = state.selectedOccupationId;
        if (chosen !== undefined && chosen !== previous.selectedOccupationId) setExpanded(true);
        // Another tab chosen, by the reader or by the viewer (a route opened from a link).
        if (state.panel !== previous.panel) setExpanded(true);
      }),
    [],
  );
  return { expanded, toggle: () => setExpanded((open) => !open), expand: () => setExpanded(true) };
}
