import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { SheetHandle } from './bottom-sheet/sheet-handle';
import { useBottomSheet } from './bottom-sheet/use-bottom-sheet';
import { useViewerStore, type ViewerPanel } from './viewer-store';

const TABS: readonly { panel: ViewerPanel; label: string }[] = [
  { panel: 'details', label: 'Details' },
  { panel: 'routes', label: 'Routes' },
];

/**
 * The viewer's side panel: the selected occupation's details or the route finder, as two tabs.
 * It starts folded to its tab strip, so the map has the width at opening, and unfolds when a card is
 * chosen, a tab is chosen, or by its handle (use-bottom-sheet.ts). Below 640 px it is a bottom sheet
 * (viewer.css).
 */
export function ViewerSidePanel({ details, routes }: { details: ReactNode; routes: ReactNode }) {
  const panel = useViewerStore((state) => state.panel);
  const setPanel = useViewerStore((state) => state.setPanel);
  const sheet = useBottomSheet();
  const handle = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const wasExpanded = useRef(sheet.expanded);
  // Folded while the reader was in it (a route chosen on a phone folds the sheet so the route shows):
  // focus goes to the handle, which unfolds it again, rather than being lost to the page.
  useLayoutEffect(() => {
    const folded = wasExpanded.current && !sheet.expanded;
    wasExpanded.current = sheet.expanded;
    const active = document.activeElement;
    if (folded && (active === document.body || (active !== null && body.current?.contains(active) === true))) handle.current?.focus();
  }, [sheet.expanded]);
  return (
    <aside className="viewer-panel" aria-label="Occupation details and routes" data-sheet={sheet.expanded ? 'open' : 'closed'}>
      <SheetHandle buttonRef={handle} expanded={sheet.expanded} onToggle={sheet.toggle} controls={`viewer-tabpanel-${panel}`} />
      <div className="viewer-panel__tabs" role="tablist" aria-label="Panel">
        {TABS.map((tab) => (
          <button
            key={tab.panel}
            type="button"
            role="tab"
            id={`viewer-tab-${tab.panel}`}
            aria-selected={panel === tab.panel}
            aria-controls={`viewer-tabpanel-${tab.panel}`}
            tabIndex={panel === tab.panel ? 0 : -1}
            onClick={() => {
              setPanel(tab.panel);
              sheet.expand();
            }}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
              const next = TABS[(TABS.findIndex((t) => t.panel === panel) + 1) % TABS.length];
              if (next) {
                setPanel(next.panel);
                sheet.expand();
                document.getElementById(`viewer-tab-${next.panel}`)?.focus();
              }
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div ref={body} className="viewer-panel__body" hidden={!sheet.expanded} role="tabpanel" id={`viewer-tabpanel-${panel}`} aria-labelledby={`viewer-tab-${panel}`}>
        {panel === 'details' ? details : routes}
      </div>
    </aside>
  );
}
