import { useId, useLayoutEffect, useMemo } from 'react';
import { filterMarks } from '../../../domain/filters/filter-marks';
import { matchLineText } from '../../../domain/filters/match-count';
import { FILTER_FLAGS, fitFilterToLevels, isFilterActive } from '../../../domain/filters/occupation-filter';
import type { PathwayMap } from '../../../domain/schema/map';
import { useViewerStore } from '../viewer-store';
import { ActiveFilterChips } from './active-filter-chips';
import { IncludeNotKnownToggle } from './include-not-known-toggle';
import { LevelSelect } from './level-select';
import './filters.css';
import { WageFloorInput } from './wage-floor-input';

/**
 * Filters: apprenticeable, no degree, high growth, priority, a minimum wage, one of the map's levels.
 * Cards that do not match are dimmed on the map (never removed); the bar says how many match, how
 * many a filter cannot judge for want of each figure (shown, marked "not known", unless the reader
 * leaves them out), and lists what is on, each clearable.
 */
export function FilterBar({ map }: { map: PathwayMap }) {
  const stored = useViewerStore((state) => state.filter);
  const setFilter = useViewerStore((state) => state.setFilter);
  const filter = fitFilterToLevels(stored, map.levels);
  // A level this map lacks (its levels were edited since) is cleared in the store too, before paint,
  // so the canvas, outline and search never dim by it.
  useLayoutEffect(() => {
    if (filter !== stored) setFilter({ level: undefined });
  }, [filter, stored, setFilter]);
  const active = isFilterActive(filter);
  const includeNotKnown = useViewerStore((state) => state.includeNotKnown);
  const occupations = map.occupations;
  const { count } = useMemo(() => filterMarks(occupations, filter, includeNotKnown), [occupations, filter, includeNotKnown]);
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
        <LevelSelect levels={map.levels} value={filter.level} onChange={(level) => setFilter({ level })} />
      </div>
      <p className="filter-bar__count" role="status">
        {active ? matchLineText(count) : ''}
      </p>
      {active && <IncludeNotKnownToggle />}
      {active && <ActiveFilterChips filter={filter} levels={map.levels} />}
    </div>
  );
}
