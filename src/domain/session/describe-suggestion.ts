import { quote } from '../describe';
import { nameOf } from '../health/wording';
import { dollarText, monthsText, perUnitText, priceText } from '../wage-words';
import type { PathwayMap, Suggestion } from '../schema/map';
import { isSuggestionField, isWageField, isWageUnit, SUGGESTION_FIELDS, type SuggestionField } from './suggestion-fields';

// The words the canvas uses (features/canvas/labels.ts), repeated: the domain doesn't import features.
const VALUE_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  level: { entry: 'entry level', middle: 'middle level', advanced: 'advanced level' },
  education: {
    none: 'no formal credential',
    'high-school': 'a high school diploma',
    'postsecondary-nondegree': 'a postsecondary certificate',
    'some-college': 'some college, no degree',
    associate: "an associate's degree",
    bachelor: "a bachelor's degree",
    master: "a master's degree",
    doctoral: 'a doctoral or professional degree',
  },
  kind: { advancement: 'an advancement', lateral: 'a lateral move', entry: 'a way in' },
};


function occupationName(map: PathwayMap, id: unknown): string {
  if (typeof id !== 'string') return 'an occupation';
  const occupation = map.occupations.find((candidate) => candidate.id === id);
  return occupation ? nameOf(occupation.title) : `${quote(id)} (not on the map)`;
}

function moveName(map: PathwayMap, id: unknown): string {
  const transition = typeof id === 'string' ? map.transitions.find((candidate) => candidate.id === id) : undefined;
  if (transition === undefined) return typeof id === 'string' ? `the move ${quote(id)} (not on the map)` : 'a move';
  return `the move from ${occupationName(map, transition.from)} to ${occupationName(map, transition.to)}`;
}

/** The wage unit a figure is in: the one the suggestion names, else the occupation's. */
function wageUnitOf(map: PathwayMap, suggestion: Suggestion) {
  if (isWageUnit(suggestion.unit)) return suggestion.unit;
  return map.occupations.find((occupation) => occupation.id === suggestion.targetId)?.wage?.unit;
}

function valueText(map: PathwayMap, field: SuggestionField, suggestion: Suggestion): string {
  const value = suggestion.value;
  if (isWageField(field) && typeof value === 'number') {
    const unit = wageUnitOf(map, suggestion);
    return unit === undefined ? priceText(value) : `${dollarText(value, unit)} ${perUnitText(unit)}`;
  }
  if (field === 'costUsd' && typeof value === 'number') return priceText(value);
  if (field === 'typicalMonths' && typeof value === 'number') return monthsText(value);
  if (Array.isArray(value)) return value.length === 0 ? 'nothing' : value.map((item) => quote(String(item))).join(', ');
  if (typeof value === 'string') return VALUE_WORDS[field]?.[value] ?? quote(value);
  return value === undefined ? 'nothing' : String(value);
}

/** The change in plain English: "Add a move from Nursing Assistant to Licensed Practical Nurse". */
export function describeSuggestion(map: PathwayMap, suggestion: Suggestion): string {
  switch (suggestion.kind) {
    case 'add-transition':
      return `Add a move from ${occupationName(map, suggestion.from)} to ${occupationName(map, suggestion.to)}`;
    case 'remove-transition': {
      const move = moveName(map, suggestion.transitionId);
      return `Remove ${move}`;
    }
    case 'set-field': {
      const field = suggestion.field;
      if (!isSuggestionField(field)) return `Change ${quote(String(field ?? 'a field'))}`;
      const spec = SUGGESTION_FIELDS[field];
      const target = spec.on === 'occupation' ? occupationName(map, suggestion.targetId) : moveName(map, suggestion.targetId);
      return `Set the ${spec.label} of ${target} to ${valueText(map, field, suggestion)}`;
    }
  }
}
