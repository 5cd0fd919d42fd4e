import { useId } from 'react';
import type { Shared } from '../../../domain/commands/bulk-occupations';
import type { Choice } from './fields';

const MIXED = '\u0000mixed';

type SelectProps = {
  label: string;
  shared: Shared<string | undefined>;
  options: readonly Choice[];
  none: string;
  onPick: (value: string | undefined) => void;
};

/**
 * A select for several cards at once: shows their common value, or "Mixed" when they differ.
 * Choosing a value applies it at once (no draft: a choice is a whole edit).
 */
export function MixedSelect({ label, shared, options, none, onPick }: SelectProps) {
  const id = useId();
  const value = shared.mixed ? MIXED : (shared.value ?? '');
  return (
    <div className="inspector-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => event.target.value !== MIXED && onPick(event.target.value || undefined)}>
        {shared.mixed && (
          <option value={MIXED} disabled>
            Mixed
          </option>
        )}
        <option value="">{none}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A checkbox for several cards at once: ticked, unticked, or mixed (the browser's indeterminate
 * state, which screen readers announce as "mixed", and the word "mixed" beside it). Clicking a mixed
 * box ticks it on every card.
 */
export function MixedCheckbox({ label, shared, onToggle }: { label: string; shared: Shared<boolean>; onToggle: (checked: boolean) => void }) {
  const mixed = shared.mixed;
  const noteId = useId();
  return (
    <div className="inspector-check-row">
      <label className="inspector-check">
        <input
          type="checkbox"
          ref={(input) => {
            if (input) input.indeterminate = mixed;
          }}
          checked={!shared.mixed && shared.value}
          aria-describedby={mixed ? noteId : undefined}
          onChange={(event) => onToggle(mixed ? true : event.target.checked)}
        />
        {label}
      </label>
      {mixed && (
        <span id={noteId} className="inspector-check__mixed">
          (mixed: on for some)
        </span>
      )}
    </div>
  );
}
