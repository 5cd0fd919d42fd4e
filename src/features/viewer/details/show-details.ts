import { flushSync } from 'react-dom';
import { useViewerStore } from '../viewer-store';

/** The id of the selected occupation's heading in the detail panel. */
export const DETAILS_HEADING_ID = 'occupation-details-title';

/**
 * Selects an occupation and moves keyboard focus to its heading in the detail panel, so someone who
 * asked for the details (from the outline, or a move in the panel) is taken to them and a screen
 * reader reads where they are. Selection from the canvas does not use this: focus stays on the card.
 */
export function showOccupationDetails(occupationId: string): void {
  flushSync(() => useViewerStore.getState().selectOccupation(occupationId));
  document.getElementById(DETAILS_HEADING_ID)?.focus();
}
