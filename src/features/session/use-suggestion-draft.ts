import { useMemo, useState, type FormEvent } from 'react';
import { nameOf } from '../../domain/health/wording';
import { SUGGESTION_FIELDS, isWageField, type SuggestionField, type WageUnit } from '../../domain/session/suggestion-fields';
import { suggestChange } from '../../domain/session/suggestions';
import { implausibleWage, usualWageUnit } from '../../domain/session/wage-units';
import type { PathwayMap, Suggestion } from '../../domain/schema/map';
import { nowIso, sessionChange } from './session-change';
import { useSessionStore, type SessionTarget } from './session-store';
import { suggestionValue } from './suggestion-value';
import { targetName } from './target-name';

export type SuggestionKind = Suggestion['kind'];

const fieldsOn = (on: 'occupation' | 'transition') =>
  (Object.keys(SUGGESTION_FIELDS) as SuggestionField[]).filter((field) => SUGGESTION_FIELDS[field].on === on);

/**
 * The suggestion being written: what the facilitator picked and typed, filled in from the selected
 * card or arrow where nothing was picked, the suggestion it makes, and recording it (after a doubt
 * about a wage figure's unit, only when asked to record it as typed). Cleared once recorded.
 */
export function useSuggestionDraft(map: PathwayMap, target: SessionTarget, speaking: string | undefined) {
  const [kind, setKind] = useState<SuggestionKind>(target.kind === 'transition' ? 'remove-transition' : 'add-transition');
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
  const fromId = from || (target.kind === 'occupation' || target.kind === 'step' ? target.id : '');
  const moveId = pickedMove || (target.kind === 'transition' ? target.id : '');
  // Fields are suggested on occupations and moves; a step card's own fields are edited in the editor.
  const fieldTarget = target.kind === 'occupation' || target.kind === 'transition' ? target : undefined;
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

  /** "Record it as typed": the facilitator says the doubted figure is right. */
  const recordAsTyped = () => {
    const proposed = suggestion();
    if (speaking && proposed) record(speaking, proposed);
  };

  return {
    kind,
    setKind,
    // Add a move
    fromId,
    setFrom,
    to,
    setTo,
    // Remove a move
    moveId,
    setPickedMove,
    // Change a field
    fieldTarget,
    fields,
    field,
    setPickedField,
    typed,
    setTyped,
    knownUnit,
    needsUnit,
    unit,
    setUnit,
    // Every kind
    note,
    setNote,
    shownWarning,
    submit,
    recordAsTyped,
  };
}

export type SuggestionDraft = ReturnType<typeof useSuggestionDraft>;
