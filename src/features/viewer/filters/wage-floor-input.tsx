import { useId, useState } from 'react';
import { parseFloor } from './parse-wage-floor';

type Props = { value: number | undefined; onChange: (minHourlyWage: number | undefined) => void };

/**
 * "Minimum wage ($/hour)". The filter follows the box as the user types; something that is not an
 * amount of dollars says so and leaves the wage floor off. When the floor is cleared elsewhere (its
 * chip, "Clear filters"), the box empties.
 */
export function WageFloorInput({ value, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    const typed = parseFloor(text);
    if (typed !== null && typed !== value) setText(value === undefined ? '' : String(value));
  }
  const invalid = parseFloor(text) === null;

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
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-problem` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          const floor = parseFloor(event.target.value);
          onChange(floor === null ? undefined : floor);
        }}
      />
      {invalid && (
        <span id={`${id}-problem`} className="field-problem" role="alert">
          Enter an hourly wage in dollars, 0 or more.
        </span>
      )}
    </span>
  );
}
