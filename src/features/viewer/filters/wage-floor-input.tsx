import { useId, useState } from 'react';
import { readWageFloor } from './parse-wage-floor';

type Props = { value: number | undefined; onChange: (minHourlyWage: number | undefined) => void };

/**
 * "Minimum wage ($/hour)". The filter follows the box as the user types; something that is not an
 * amount of dollars, or is more than the filter takes, says so and leaves the wage floor off. When the
 * floor is cleared elsewhere (its chip, "Clear filters"), the box empties.
 */
export function WageFloorInput({ value, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [shown, setShown] = useState(value);
  const reading = readWageFloor(text);
  if (shown !== value) {
    setShown(value);
    if (reading.ok && reading.floor !== value) setText(value === undefined ? '' : String(value));
  }
  const problem = reading.ok ? undefined : reading.problem;

  return (
    <span className="wage-floor">
      <label htmlFor={id}>Minimum wage ($/hour)</label>
      <input
        id={id}
        className="wage-floor__input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={problem !== undefined || undefined}
        aria-describedby={problem !== undefined ? `${id}-problem` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          const typed = readWageFloor(event.target.value);
          onChange(typed.ok ? typed.floor : undefined);
        }}
      />
      {problem !== undefined && (
        <span id={`${id}-problem`} className="field-problem wage-floor__problem" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
