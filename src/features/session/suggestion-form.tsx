import { useMemo, useState, type FormEvent } from 'react';
import { nameOf } from '../../domain/health/wording';
import { SUGGESTION_FIELDS, isWageField, type SuggestionField, type WageUnit } from '../../domain/session/suggestion-fields';
import { suggestChange } from '../../domain/session/suggestions';
import { implausibleWage, usualWageUnit } from '../../domain/session/wage-units';
import { EDUCATION_LEVELS, OCCUPATION_LEVELS, type PathwayMap, type Suggestion } from '../../domain/schema/map';
import { TRANSITION_KINDS } from '../../domain/schema/transition';
import { EDUCATION_LABELS, LEVEL_LABELS, MOVE_NAMES } from '../../domain/labels';
import { nowIso, sessionChange } from './session-change';
import { useSessionStore, type SessionTarget } from './session-store';
import { suggestionValue } from './suggestion-value';
import { SUGGESTION_KIND_LABELS } from '../../domain/session/titles-at-time';
import { moveName, targetName } from './target-name';

type Kind = Suggestion['kind'];

const KIND_LABELS: Readonly<Record<Kind, string>> = SUGGESTION_KIND_LABELS;

// Closed lists get a list to choose from, in the words the cards use.
const CHOICES: Partial<Record<string, readonly (readonly [string, string])[]>> = {
  education: EDUCATION_LEVELS.map((level) => [level, EDUCATION_LABELS[level]] as const),
  level: OCCUPATION_LEVELS.map((level) => [level, LEVEL_LABELS[level]] as const),
  'move-kind': TRANSITION_KINDS.map((kind) => [kind, kind === 'advancement' ? 'Advancement' : MOVE_NAMES[kind]] as const),
};

const fieldsOn = (on: 'occupation' | 'transition') =>
  (Object.keys(SUGGESTION_FIELDS) as SuggestionField[]).filter((field) => SUGGESTION_FIELDS[field].on === on);

/**
 * A change the room asks for, recorded as feedback (not applied): add or remove a move, or change a
 * field of the selected card or arrow. The builder accepts or dismisses it later, in the list below.
 */
export function SuggestionForm({ map, target, speaking }: { map: PathwayMap; target: SessionTarget; speaking: string | undefined }) {
  const [kind, setKind] = useState<Kind>(target.kind === 'transition' ? 'remove-transition' : 'add-transition');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [pickedMove, setPickedMove] = useState('');
  const [pickedField, setPickedField] = useState<SuggestionField | ''>('');
  const [typed, setTyped] = useState('');
  const [pickedUnit, setUnit] = useState<WageUnit | undefined>(undefined);
  const [note, setNote] = useState('');
  // A wage figure that looks like it is in the wrong unit, shown until the figure or unit changes.
  const [warning, setWarning] = useState<{ key: string; text: string } | undefined>(undefined);
  // A new wage starts in the unit most of the map's wages use (a yearly map is not given hourly figures).
  const { occupations } = map;
  const usualUnit = useMemo(() => usualWageUnit({ occupations }), [occupations]);
  const unit = pickedUnit ?? usualUnit ?? 'hour';

  // The selected card or arrow fills in the form: a card starts a move, an arrow is the one to remove.
  const fromId = from || (target.kind === 'occupation' ? target.id : '');
  const moveId = pickedMove || (target.kind === 'transition' ? target.id : '');
  const fieldTarget = target.kind === 'map' ? undefined : target;
  const fields = fieldTarget ? fieldsOn(fieldTarget.kind) : [];
  const field = pickedField !== '' && fields.includes(pickedField) ? pickedField : fields[0];
  const wageField = field !== undefined && isWageField(field) && fieldTarget?.kind === 'occupation';
  // The unit a wage figure is in: the occupation's own, or (with no wage yet) the one chosen here.
  const knownUnit = wageField ? map.occupations.find((occupation) => occupation.id === fieldTarget.id)?.wage?.unit : undefined;
  const needsUnit = wageField && knownUnit === undefined;
  const figureKey = `${fieldTarget?.id ?? ''}|${field ?? ''}|${typed}|${needsUnit ? unit : (knownUnit ?? '')}`;
  const shownWarning = kind === 'set-field' && warning?.key === figureKey ? warning.text : undefined;

  const suggestion = (): Suggestion | undefined => {
    if (kind === 'add-transition') return { kind, from: fromId, to };
    if (kind === 'remove-transition') return { kind, transitionId: moveId };
    if (!fieldTarget || !field) return undefined;
    const value = suggestionValue(field, typed);
    return { kind, targetId: fieldTarget.id, field, value, ...(needsUnit ? { unit } : {}) };
  };

  /** What looks wrong with a wage figure and how to fix it, or nothing. */
  const wageWarning = (proposed: Suggestion): string | undefined => {
    const figureUnit = needsUnit ? unit : knownUnit;
    if (!wageField || typeof proposed.value !== 'number' || figureUnit === undefined) return undefined;
    const doubt = implausibleWage(proposed.value, figureUnit);
    if (!doubt) return undefined;
    const fix = needsUnit
      ? `Choose per ${doubt.likelyUnit} under “Per”, or correct the figure.`
      : `The wages of ${targetName(map, fieldTarget)} are per ${figureUnit}: give the figure per ${figureUnit}.`;
    return `${doubt.problem} ${fix}`;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { say } = useSessionStore.getState();
    if (!speaking) return say('problem', 'Choose the organization speaking first (click it, or press its number).');
    const proposed = suggestion();
    if (!proposed) return say('problem', 'Select a card or an arrow on the map to suggest a change to one of its fields.');
    const doubt = wageWarning(proposed);
    // Not recorded yet: the facilitator fixes the unit or the figure, or says it is right.
    if (doubt) return setWarning({ key: figureKey, text: doubt });
    record(speaking, proposed);
  };

  const record = (speaking: string, proposed: Suggestion) => {
    const { author } = useSessionStore.getState();
    const made = sessionChange(
      map.id,
      (current) => suggestChange(current, { organization: speaking, author: author.trim() || undefined, suggestion: proposed, text: note }, nowIso()),
      `Suggestion from ${nameOf(speaking)} recorded; it waits for the map’s builder.`,
    );
    if (made) {
      setWarning(undefined);
      setTyped('');
      setNote('');
      setTo('');
    }
  };

  const { occupationOptions, moveOptions } = useMapOptions(map);

  return (
    <section className="session-section" aria-labelledby="session-suggest-title">
      <h2 id="session-suggest-title">Suggest a change</h2>
      <form className="session-suggestion-form" onSubmit={submit}>
        <label htmlFor="session-suggestion-kind">Change</label>
        <select id="session-suggestion-kind" value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
          {(Object.keys(KIND_LABELS) as Kind[]).map((option) => (
            <option key={option} value={option}>
              {KIND_LABELS[option]}
            </option>
          ))}
        </select>

        {kind === 'add-transition' && (
          <>
            <label htmlFor="session-suggestion-from">From</label>
            <select id="session-suggestion-from" value={fromId} onChange={(event) => setFrom(event.target.value)}>
              <option value="">Choose an occupation</option>
              {occupationOptions}
            </select>
            <label htmlFor="session-suggestion-to">To</label>
            <select id="session-suggestion-to" value={to} onChange={(event) => setTo(event.target.value)}>
              <option value="">Choose an occupation</option>
              {occupationOptions}
            </select>
          </>
        )}

        {kind === 'remove-transition' && (
          <>
            <label htmlFor="session-suggestion-move">Move</label>
            <select id="session-suggestion-move" value={moveId} onChange={(event) => setPickedMove(event.target.value)}>
              <option value="">Choose a move</option>
              {moveOptions}
            </select>
          </>
        )}

        {kind === 'set-field' &&
          (!fieldTarget || !field ? (
            <p className="session-hint">Select a card or an arrow on the map: the change is to one of its fields.</p>
          ) : (
            <>
              <p className="session-hint">Of: {targetName(map, fieldTarget)}</p>
              <label htmlFor="session-suggestion-field">Field</label>
              <select id="session-suggestion-field" value={field} onChange={(event) => setPickedField(event.target.value as SuggestionField)}>
                {fields.map((option) => (
                  <option key={option} value={option}>
                    {SUGGESTION_FIELDS[option].label}
                  </option>
                ))}
              </select>
              <FieldValueInput field={field} typed={typed} onTyped={setTyped} wageUnit={knownUnit} />
              {needsUnit && (
                <>
                  <label htmlFor="session-suggestion-unit">Per</label>
                  <select id="session-suggestion-unit" value={unit} onChange={(event) => setUnit(event.target.value as WageUnit)}>
                    <option value="hour">hour</option>
                    <option value="year">year</option>
                  </select>
                </>
              )}
            </>
          ))}

        {shownWarning && (
          <div className="session-wage-warning" role="alert">
            <p>{shownWarning}</p>
            <button
              type="button"
              onClick={() => {
                const proposed = suggestion();
                if (speaking && proposed) record(speaking, proposed);
              }}
            >
              Record it as typed
            </button>
          </div>
        )}

        <label htmlFor="session-suggestion-note">Why (optional)</label>
        <input id="session-suggestion-note" value={note} onChange={(event) => setNote(event.target.value)} autoComplete="off" />
        <button type="submit">Suggest change</button>
      </form>
    </section>
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

/**
 * The cards and moves to choose from, built once per map rather than on every keystroke in the form
 * (on a 2,000-card map, naming every move looked up both its cards each time).
 */
function useMapOptions(map: PathwayMap) {
  const { occupations, transitions } = map;
  return useMemo(() => {
    const titles = new Map(occupations.map((occupation) => [occupation.id, occupation.title]));
    const titleOf = (id: string) => titles.get(id);
    return {
      occupationOptions: occupations.map((occupation) => (
        <option key={occupation.id} value={occupation.id}>
          {occupation.title}
        </option>
      )),
      moveOptions: transitions.map((transition) => (
        <option key={transition.id} value={transition.id}>
          {moveName(transition, titleOf)}
        </option>
      )),
    };
  }, [occupations, transitions]);
}
