import { useId, useState, type ReactNode } from 'react';
import { activeFilterLabels, fitFilterToLevels } from '../../domain/filters/occupation-filter';
import type { Level } from '../../domain/schema/map';
import { useViewerStore } from './viewer-store';

/**
 * The filters behind a "Filters" button, so the finders take one row above the map: the button says
 * how many filters are on (the dimmed cards say it too), and opens the filter bar below the row.
 */
export function FiltersFold({ levels, children }: { levels: readonly Level[]; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const on = useViewerStore((state) => activeFilterLabels(fitFilterToLevels(state.filter, levels), levels).length);
  const regionId = useId();
  return (
    <>
      <button type="button" className="filters-fold__button" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        Filters
        {on > 0 && <span className="filters-fold__count">{` · ${on} on`}</span>}
      </button>
      <div id={regionId} className="filters-fold__region" hidden={!open}>
        {children}
      </div>
    </>
  );
}
