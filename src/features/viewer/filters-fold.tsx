import { useId, useState, type ReactNode } from 'react';
import { matchLineText } from '../../domain/filters/match-count';
import { activeFilterLabels, fitFilterToLevels } from '../../domain/filters/occupation-filter';
import type { Level, Occupation } from '../../domain/schema/map';
import { useFilterMarks } from './filters/use-filter-marks';
import { useViewerStore } from './viewer-store';

/**
 * The filters behind a "Filters" button, so the finders take one row above the map: the button says
 * how many filters are on (the dimmed cards say it too), and opens the filter bar below the row.
 * Folded with filters on, the match line stays beside it: how many match and how many have no figure
 * on file is never hidden behind the fold (the filter bar's own line is the live one).
 */
export function FiltersFold({ levels, occupations, children }: { levels: readonly Level[]; occupations: readonly Occupation[]; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const on = useViewerStore((state) => activeFilterLabels(fitFilterToLevels(state.filter, levels), levels).length);
  const { count } = useFilterMarks(occupations);
  const regionId = useId();
  return (
    <>
      <button type="button" className="filters-fold__button" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        Filters
        {on > 0 && <span className="filters-fold__count">{` · ${on} on`}</span>}
      </button>
      {!open && on > 0 && <span className="filters-fold__summary">{matchLineText(count)}</span>}
      <div id={regionId} className="filters-fold__region" hidden={!open}>
        {children}
      </div>
    </>
  );
}
