import { useId, useMemo } from 'react';
import type { Occupation, OccupationLevel } from '../../../domain/schema/map';
import { LEVEL_LABELS } from '../../../domain/labels';
import { NO_EXPERIENCE } from './route-ends';

const UNSET = 'unset';
const NO_EXPERIENCE_VALUE = 'no-experience';
const LEVELS: readonly (OccupationLevel | undefined)[] = ['entry', 'middle', 'advanced', undefined];

type Props = {
  label: string;
  placeholder: string;
  occupations: readonly Occupation[];
  /** An occupation id, NO_EXPERIENCE, or undefined when nothing is chosen. */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  /** Offer "No experience" first (the From end). */
  noExperience?: boolean;
};

/**
 * A labelled select of the map's occupations, grouped by level and sorted by title. Option values are
 * positions in the map's list, never the ids themselves: an id may be any text.
 */
export function OccupationSelect({ label, placeholder, occupations, value, onChange, noExperience = false }: Props) {
  const id = useId();
  const groups = useMemo(
    () =>
      LEVELS.map((level) => ({
        level,
        options: occupations
          .map((occupation, index) => ({ occupation, index }))
          .filter(({ occupation }) => occupation.level === level)
          .sort((a, b) => a.occupation.title.localeCompare(b.occupation.title)),
      })).filter((group) => group.options.length > 0),
    [occupations],
  );
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
          <optgroup key={group.level ?? 'none'} label={group.level ? LEVEL_LABELS[group.level] : 'Level not given'}>
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
