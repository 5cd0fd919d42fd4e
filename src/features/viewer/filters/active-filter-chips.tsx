import { activeFilterLabels, withoutFilter, type OccupationFilter } from '../../../domain/filters/occupation-filter';
import type { Level } from '../../../domain/schema/map';
import { useViewerStore } from '../viewer-store';

/** What the filters show, one chip each with its own clear button, and "Clear filters" for all of them. */
export function ActiveFilterChips({ filter, levels }: { filter: OccupationFilter; levels: readonly Level[] }) {
  const { setFilter, clearFilter } = useViewerStore.getState();
  return (
    <div className="filter-chips">
      <ul className="filter-chips__list" aria-label="Active filters">
        {activeFilterLabels(filter, levels).map(({ key, label }) => (
          <li key={key} className="filter-chip">
            <span className="filter-chip__label">{label}</span>
            <button
              type="button"
              className="filter-chip__clear"
              aria-label={`Clear filter: ${label}`}
              title={`Clear filter: ${label}`}
              onClick={() => setFilter(withoutFilter(filter, key))}
            />
          </li>
        ))}
      </ul>
      <button type="button" className="filter-chips__clear-all" onClick={clearFilter}>
        Clear filters
      </button>
    </div>
  );
}
