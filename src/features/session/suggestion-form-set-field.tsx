import { SUGGESTION_FIELDS, type SuggestionField, type WageUnit } from '../../domain/session/suggestion-fields';
import { EDUCATION_LEVELS, OCCUPATION_LEVELS, type PathwayMap } from '../../domain/schema/map';
import { TRANSITION_KINDS } from '../../domain/schema/transition';
import { EDUCATION_LABELS, LEVEL_LABELS, MOVE_NAMES } from '../../domain/labels';
import { targetName } from './target-name';
import type { SuggestionDraft } from './use-suggestion-draft';

// Closed lists get a list to choose from, in the words the cards use.
const CHOICES: Partial<Record<string, readonly (readonly [string, string])[]>> = {
  education: EDUCATION_LEVELS.map((level) => [level, EDUCATION_LABELS[level]] as const),
  level: OCCUPATION_LEVELS.map((level) => [level, LEVEL_LABELS[level]] as const),
  'move-kind': TRANSITION_KINDS.map((kind) => [kind, kind === 'advancement' ? 'Advancement' : MOVE_NAMES[kind]] as const),
};

/** "Change a field": of the selected card or arrow, which field, its new value and, for a first wage, per what. */
export function SetFieldFields({ map, draft }: { map: PathwayMap; draft: SuggestionDraft }) {
  const { fieldTarget, field } = draft;
  if (!fieldTarget || !field) {
    return <p className="session-hint">Select a card or an arrow on the map: the change is to one of its fields.</p>;
  }
  return (
    <>
      <p className="session-hint">Of: {targetName(map, fieldTarget)}</p>
      <label htmlFor="session-suggestion-field">Field</label>
      <select id="session-suggestion-field" value={field} onChange={(event) => draft.setPickedField(event.target.value as SuggestionField)}>
        {draft.fields.map((option) => (
          <option key={option} value={option}>
            {SUGGESTION_FIELDS[option].label}
          </option>
        ))}
      </select>
      <FieldValueInput field={field} typed={draft.typed} onTyped={draft.setTyped} wageUnit={draft.knownUnit} />
      {draft.needsUnit && (
        <>
          <label htmlFor="session-suggestion-unit">Per</label>
          <select id="session-suggestion-unit" value={draft.unit} onChange={(event) => draft.setUnit(event.target.value as WageUnit)}>
            <option value="hour">hour</option>
            <option value="year">year</option>
          </select>
        </>
      )}
    </>
  );
}

function FieldValueInput({
  field,
  typed,
  onTyped,
  wageUnit,
}: {
  field: SuggestionField;
  typed: string;
  onTyped: (value: string) => void;
  /** Said beside a wage figure, so a yearly amount is not typed for an hourly wage. */
  wageUnit: 'hour' | 'year' | undefined;
}) {
  const kind = SUGGESTION_FIELDS[field].value;
  const choices = CHOICES[kind];
  if (choices) {
    return (
      <>
        <label htmlFor="session-suggestion-value">New value</label>
        <select id="session-suggestion-value" value={typed} onChange={(event) => onTyped(event.target.value)}>
          <option value="">Choose</option>
          {choices.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </>
    );
  }
  if (kind === 'text-list' || field === 'summary' || field === 'notes') {
    return (
      <>
        <label htmlFor="session-suggestion-value">New value{kind === 'text-list' ? ' (one per line)' : ''}</label>
        <textarea id="session-suggestion-value" rows={3} value={typed} onChange={(event) => onTyped(event.target.value)} />
      </>
    );
  }
  return (
    <>
      <label htmlFor="session-suggestion-value">New value{kind === 'dollars' ? (wageUnit ? ` (dollars per ${wageUnit})` : ' (dollars)') : kind === 'months' ? ' (months)' : ''}</label>
      <input
        id="session-suggestion-value"
        value={typed}
        inputMode={kind === 'dollars' || kind === 'months' ? 'decimal' : undefined}
        onChange={(event) => onTyped(event.target.value)}
        autoComplete="off"
      />
    </>
  );
}
