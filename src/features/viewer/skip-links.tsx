import { focusFirst, SkipLinks, type SkipLink } from '../../components/skip-links';
import { canvasSkipTargets } from '../canvas/skip-targets';
import { useViewerStore } from './viewer-store';

/** The element around the map (canvas or outline) in viewer-page.tsx: focusable (tabIndex -1) as a last resort. */
export const VIEWER_MAP_ID = 'viewer-map';
/** The side panel's Details tab (viewer-side-panel.tsx). */
const DETAILS_TAB_ID = 'viewer-tab-details';

/** To the map: its selected card, else its first card, else the map's box (the outline view). */
function skipToMap(): void {
  const stage = document.getElementById(VIEWER_MAP_ID);
  if (!stage) return;
  focusFirst([...canvasSkipTargets(stage), stage], stage);
}

/**
 * To the details: the Details tab, chosen as a click chooses it, so a folded panel (or the phone's
 * closed sheet) unfolds; focus moves once it is drawn, or to the sheet's handle if it is not.
 */
function skipToDetails(): void {
  const tab = document.getElementById(DETAILS_TAB_ID);
  if (tab) tab.click();
  else useViewerStore.getState().setPanel('details');
  requestAnimationFrame(() =>
    focusFirst([document.getElementById(DETAILS_TAB_ID), document.querySelector<HTMLElement>('.viewer-panel .sheet-handle')]),
  );
}

const LINKS: readonly SkipLink[] = [
  { label: 'Skip to the map', targetId: VIEWER_MAP_ID, go: skipToMap },
  { label: 'Skip to details', targetId: DETAILS_TAB_ID, go: skipToDetails },
];

/** The viewer's skip links, past the header, actions, search and filters (about 20 stops) to the map or its details. */
export function ViewerSkipLinks() {
  return <SkipLinks links={LINKS} />;
}
