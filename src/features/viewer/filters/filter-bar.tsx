import { useId, useMemo } from 'react';
import { matchCountText } from '../../../domain/filters/match-count';
import { FILTER_FLAGS, isFilterActive, leftOutIds } from '../../../domain/filters/occupation-filter';
import type { PathwayMap } from '../../../domain/schema/map';
import { useViewerStore } from '../viewer-store';
import { ActiveFilterChips } from './active-filter-chips';
import './filters.css';
import { WageFloorInput } from './wage-floor-input';

/**
 * Filters: apprenticeable, no degree, high growth, priority, a minimum wage. Cards that do not match
 * are dimmed on the map (never removed); the bar says how many match and lists what is on, each
 * clearable.
 */
export function FilterBar({ map }: { map: PathwayMap }) {
  const filter = useViewerStore((state) => state.filter);
  const setFilter = useViewerStore((state) => state.setFilter);
  const occupations = map.occupations;
  const active = isFilterActive(filter);
  const matching = useMemo(() => occupations.length - leftOutIds(occupations, filter).size, [occupations, filter]);
  const headingId = useId();

  return (
    <div className="filter-bar" role="group" aria-labelledby={headingId}>
      <span id={headingId} className="filter-bar__heading">
        Show only
      </span>
      <div className="filter-bar__toggles">
        {FILTER_FLAGS.map(({ key, label }) => (
          <button
            key={key}
            type="button"
            className="filter-bar__toggle"
            aria-pressed={filter[key]}
            onClick={() => setFilter({ [key]: !filter[key] })}
          >
            {label}
          </button>
        ))}
        <WageFloorInput value={filter.minHourlyWage} onChange={(minHourlyWage) => setFilter({ minHourlyWage })} />
      </div>
      <p className="filter-bar__count" role="status">
        {active ? matchCountText(matching, occupations.length) : ''}
      </p>
      {active && <ActiveFilterChips filter={filter} />}
    </div>
  );
}
