import { createContext } from 'react';

/**
 * True while two or more cards are selected (the editor provides it; the viewer selects one card at a
 * time). Then each selected card shows a check mark and "Selected" besides its thick outline, so a
 * selection is seen without telling colours apart, and in forced colours too.
 */
export const SeveralSelected = createContext(false);
