import { connectRefusal } from '../commands/transitions';
import { nameOf } from '../health/wording';
import type { PathwayMap, Suggestion } from '../schema/map';
import { checkFieldValue, isSuggestionField, isWageField, isWageUnit, SUGGESTION_FIELDS } from './suggestion-fields';

export type CheckedSuggestion = { ok: true; suggestion: Suggestion; targetId: string } | { ok: false; reason: string };

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function checkAdd(map: PathwayMap, suggestion: Suggestion): CheckedSuggestion {
  const from = text(suggestion.from);
  const to = text(suggestion.to);
  if (from === '' || to === '') return { ok: false, reason: 'Choose the card the move starts from and the one it leads to.' };
  // connect() refuses exactly what the map can't hold: unknown ends, a self-loop, a repeated move.
  const reason = connectRefusal(map, from, to);
  if (reason !== undefined) return { ok: false, reason };
  return { ok: true, suggestion: { kind: 'add-transition', from, to }, targetId: from };
}

function checkRemove(map: PathwayMap, suggestion: Suggestion): CheckedSuggestion {
  const transitionId = text(suggestion.transitionId);
  if (!map.transitions.some((transition) => transition.id === transitionId)) {
    return { ok: false, reason: 'Choose a move that is on this map.' };
  }
  return { ok: true, suggestion: { kind: 'remove-transition', transitionId }, targetId: transitionId };
}

function checkSetField(map: PathwayMap, suggestion: Suggestion): CheckedSuggestion {
  const field = suggestion.field;
  if (!isSuggestionField(field)) {
    const known = Object.values(SUGGESTION_FIELDS).map((spec) => spec.label).join(', ');
    return { ok: false, reason: `Choose a field that can be changed here: ${known}.` };
  }
  const spec = SUGGESTION_FIELDS[field];
  const targetId = text(suggestion.targetId);
  const list = spec.on === 'occupation' ? map.occupations : map.transitions;
  if (!list.some((item) => item.id === targetId)) {
    return { ok: false, reason: `Choose ${spec.on === 'occupation' ? 'an occupation' : 'a move'} on this map to change its ${spec.label}.` };
  }
  const value = checkFieldValue(field, suggestion.value);
  if (!value.ok) return value;
  const checked: Suggestion = { kind: 'set-field', targetId, field, value: value.value };
  if (isWageField(field)) {
    const occupation = map.occupations.find((item) => item.id === targetId);
    const current = occupation?.wage?.unit;
    if (suggestion.unit !== undefined && !isWageUnit(suggestion.unit)) return { ok: false, reason: 'A wage is per hour or per year.' };
    if (current === undefined && suggestion.unit === undefined) {
      return {
        ok: false,
        reason: `${nameOf(occupation?.title ?? targetId)} has no wage yet: say whether the figure is per hour or per year.`,
      };
    }
    if (current !== undefined && suggestion.unit !== undefined && suggestion.unit !== current) {
      return { ok: false, reason: `The wages of ${nameOf(occupation?.title ?? targetId)} are per ${current}: give the figure per ${current}.` };
    }
    checked.unit = suggestion.unit ?? current;
  }
  return { ok: true, suggestion: checked, targetId };
}

/**
 * Checks that a suggested change is one the map could take now, and returns it tidied (only the
 * keys its kind uses, text trimmed) with the occupation or move it is about.
 */
export function checkSuggestion(map: PathwayMap, suggestion: Suggestion): CheckedSuggestion {
  switch (suggestion.kind) {
    case 'add-transition':
      return checkAdd(map, suggestion);
    case 'remove-transition':
      return checkRemove(map, suggestion);
    case 'set-field':
      return checkSetField(map, suggestion);
    default:
      return { ok: false, reason: 'A suggestion adds a move, removes one or changes a field.' };
  }
}
