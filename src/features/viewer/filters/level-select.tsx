import { useId } from 'react';
import type { Level } from '../../../domain/schema/map';

type Props = { levels: readonly Level[]; value: string | undefined; onChange: (level: string | undefined) => void };

/** "Level": any level, or one of the map's own levels in the map's order. */
export function LevelSelect({ levels, value, onChange }: Props) {
  const id = useId();
  return (
    <span className="level-filter">
      <label htmlFor={id}>Level</label>
      <select
        id={id}
        className="level-filter__select"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      >
        <option value="">Any level</option>
        {levels.map((level) => (
          <option key={level.id} value={level.id}>
            {level.label}
          </option>
        ))}
      </select>
    </span>
  );
}
