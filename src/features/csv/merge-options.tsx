import type { MatchBy, MergeSummary } from '../../domain/csv/merge';
import { plural } from '../../domain/describe';

/** "Match by": how rows find the occupations of the open map they update. */
export function MatchByChoice({ value, onChange }: { value: MatchBy; onChange: (value: MatchBy) => void }) {
  const option = (choice: MatchBy, label: string) => (
    <label>
      <input type="radio" name="csv-match-by" value={choice} checked={value === choice} onChange={() => onChange(choice)} />
      {label}
    </label>
  );
  return (
    <fieldset className="csv-match-by">
      <legend>Match by</legend>
      {option('socCode', 'SOC code')}
      {option('id', 'id')}
    </fieldset>
  );
}

/** "Merging adds 2 occupations, updates 1, leaves 1 as it was; adds 1 move." (step cards said when there are some) */
export function describeMerge({ occupations, steps, transitions }: MergeSummary): string {
  const parts = [
    `adds ${plural(occupations.added, 'occupation')}`,
    `updates ${formatCount(occupations.updated)}`,
    `leaves ${formatCount(occupations.unchanged)} as ${occupations.unchanged === 1 ? 'it was' : 'they were'}`,
  ];
  const stepCount = steps.added + steps.updated + steps.unchanged;
  const stepParts =
    stepCount === 0
      ? ''
      : `; adds ${plural(steps.added, 'step card')}, updates ${formatCount(steps.updated)}, leaves ${formatCount(steps.unchanged)} as ${steps.unchanged === 1 ? 'it was' : 'they were'}`;
  const moves = `adds ${plural(transitions.added, 'move')}${transitions.unchanged > 0 ? ` (${plural(transitions.unchanged, 'move')} already on the map)` : ''}`;
  return `Merging ${parts.join(', ')}${stepParts}; ${moves}.`;
}

const formatCount = (count: number) => count.toLocaleString('en-US');
