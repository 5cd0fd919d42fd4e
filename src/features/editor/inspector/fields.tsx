import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { choiceCodec, dateCodec, linesCodec, numberCodec, textCodec, type Codec } from './codecs';
import { useDraft, type Apply } from './use-draft';

const NOT_SAVED = 'Not saved until it is fixed.';

type Aria = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

type FrameProps = { label: string; hint?: string | undefined; problem: string | undefined; children: (aria: Aria) => ReactNode };

/** A visible label, the control, a hint and the problem message, tied together by ids. */
function FieldFrame({ label, hint, problem, children }: FrameProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const problemId = problem ? `${id}-problem` : undefined;
  const describedBy = [problemId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="inspector-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': problem ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="inspector-field__hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={problemId} className="inspector-field__problem">
          {/* The map keeps its last good value: say so, or the header's "Saved" reads as if this was kept. */}
          {/[.!?]$/.test(problem) ? problem : `${problem}.`} <strong>{NOT_SAVED}</strong>
        </p>
      )}
    </div>
  );
}

export type FieldKind = 'text' | 'url' | 'textarea' | 'lines' | 'number' | 'date';

export type FieldProps = {
  label: string;
  value: unknown;
  apply: Apply;
  kind?: FieldKind;
  /** False for fields that must say something: emptying them shows a message instead of clearing them. */
  optional?: boolean;
  hint?: string;
};

function codecFor(kind: FieldKind, optional: boolean): Codec {
  if (kind === 'number') return numberCodec;
  if (kind === 'lines') return linesCodec;
  if (kind === 'date') return dateCodec;
  return textCodec(optional);
}

/** A text, number, multi-line or date input that keeps the user's draft while they type. */
export function DraftField({ label, value, apply, kind = 'text', optional = true, hint }: FieldProps) {
  const codec = codecFor(kind, optional);
  const draft = useDraft(value, codec, apply);
  const common = { value: draft.text, onBlur: draft.settle };

  const step = (event: KeyboardEvent<HTMLInputElement>) => {
    const current = numberCodec.parse(draft.text) ?? 0;
    const delta = event.key === 'ArrowUp' ? 1 : event.key === 'ArrowDown' ? -1 : 0;
    if (delta === 0 || typeof current !== 'number') return;
    event.preventDefault();
    draft.edit(String(current + delta));
  };

  return (
    <FieldFrame label={label} hint={hint} problem={draft.problem}>
      {(aria) => {
        if (kind === 'textarea' || kind === 'lines') {
          return <textarea {...aria} {...common} rows={kind === 'lines' ? 4 : 3} onChange={(e) => draft.edit(e.target.value)} />;
        }
        if (kind === 'number') {
          // A text input with the spinbutton role, so "$35,000" reaches the schema's message instead of
          // being blanked by the browser's number parsing.
          const now = numberCodec.parse(draft.text);
          return (
            <input
              {...aria}
              {...common}
              type="text"
              role="spinbutton"
              inputMode="decimal"
              autoComplete="off"
              aria-valuenow={typeof now === 'number' && Number.isFinite(now) ? now : undefined}
              onKeyDown={step}
              onChange={(e) => draft.edit(e.target.value)}
            />
          );
        }
        if (kind === 'date') {
          // A half-typed date reads as "" (with badInput): that is not the user clearing it.
          const onDate = (input: HTMLInputElement) =>
            draft.edit(input.value, input.value === '' && input.validity.badInput ? `${label} isn't a complete date yet` : undefined);
          return <input {...aria} {...common} type="date" onChange={(e) => onDate(e.target)} />;
        }
        const type = kind === 'url' ? 'url' : 'text';
        return <input {...aria} {...common} type={type} autoComplete="off" onChange={(e) => draft.edit(e.target.value)} />;
      }}
    </FieldFrame>
  );
}

export type Choice = { value: string; label: string };

export type SelectProps = {
  label: string;
  value: unknown;
  options: readonly Choice[];
  apply: Apply;
  /** The label of the "not set" option; leave out when a choice is required. */
  none?: string;
  hint?: string;
};

/** A select; a stored value that isn't among the options is still shown, as itself, so nothing changes unseen. */
export function SelectField({ label, value, options, apply, none, hint }: SelectProps) {
  const draft = useDraft(value, choiceCodec, apply);
  const known = draft.text === '' || options.some((option) => option.value === draft.text);
  return (
    <FieldFrame label={label} hint={hint} problem={draft.problem}>
      {(aria) => (
        <select {...aria} value={draft.text} onChange={(e) => draft.edit(e.target.value)} onBlur={draft.settle}>
          {none !== undefined && <option value="">{none}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {!known && <option value={draft.text}>{`Unknown: ${draft.text}`}</option>}
        </select>
      )}
    </FieldFrame>
  );
}

/** A checkbox with its label beside it. */
export function CheckboxField({ label, checked, onToggle }: { label: string; checked: boolean; onToggle: (checked: boolean) => void }) {
  return (
    <label className="inspector-check">
      <input type="checkbox" checked={checked} onChange={(e) => onToggle(e.target.checked)} />
      {label}
    </label>
  );
}
