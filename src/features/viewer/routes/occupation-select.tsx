import { useId, useMemo } from 'react';
import { DEFAULT_LEVELS, type Level } from '../../../domain/schema/level';
import type { Occupation } from '../../../domain/schema/map';
import { NO_EXPERIENCE } from './route-ends';

const UNSET = 'unset';
const NO_EXPERIENCE_VALUE = 'no-experience';

type Props = {
  label: string;
  placeholder: string;
  occupations: readonly Occupation[];
  /** An occupation id, NO_EXPERIENCE, or undefined when nothing is chosen. */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  /** Offer "No experience" first (the From end). */
  noExperience?: boolean;
  /** The map's own levels, in order: one group of options each. */
  levels?: readonly Level[];
};

/**
 * A labelled select of the map's occupations, grouped by level and sorted by title. Option values are
 * positions in the map's list, never the ids themselves: an id may be any text.
 */
export function OccupationSelect({ label, placeholder, occupations, value, onChange, noExperience = false, levels = DEFAULT_LEVELS }: Props) {
  const id = useId();
  const groups = useMemo(() => {
    const known = new Set(levels.map((level) => level.id));
    // The map's levels in order, then the jobs whose level is not given (or names none of them).
    const buckets = [...levels.map((level) => ({ key: level.id, label: level.label })), { key: undefined, label: 'Level not given' }];
    return buckets
      .map((bucket) => ({
        ...bucket,
        options: occupations
          .map((occupation, index) => ({ occupation, index }))
          .filter(({ occupation }) => (bucket.key === undefined ? occupation.level === undefined || !known.has(occupation.level) : occupation.level === bucket.key))
          .sort((a, b) => a.occupation.title.localeCompare(b.occupation.title)),
      }))
      .filter((group) => group.options.length > 0);
  }, [occupations, levels]);
  const index = value === undefined ? -1 : occupations.findIndex((occupation) => occupation.id === value);
  const selected = noExperience && value === NO_EXPERIENCE ? NO_EXPERIENCE_VALUE : index >= 0 ? String(index) : UNSET;
  return (
    <div className="route-finder__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={selected}
        onChange={(event) => {
          const chosen = event.target.value;
          if (chosen === NO_EXPERIENCE_VALUE) onChange(NO_EXPERIENCE);
          else onChange(chosen === UNSET ? undefined : occupations[Number(chosen)]?.id);
        }}
      >
        <option value={UNSET}>{placeholder}</option>
        {noExperience && <option value={NO_EXPERIENCE_VALUE}>No experience (starting out)</option>}
        {groups.map((group) => (
          <optgroup key={group.key ?? 'none'} label={group.label}>
            {group.options.map(({ occupation, index: position }) => (
              <option key={position} value={String(position)}>
                {occupation.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
