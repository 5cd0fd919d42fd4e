import { quote } from '../describe';
import { clearedQualifiers, WAGE_BLOCK } from '../figures/replace-figure';
import { listNames, nameOf } from '../health/wording';
import { dollarText, monthsText, perUnitText, priceText } from '../wage-words';
import type { Feedback, PathwayMap, Suggestion } from '../schema/map';
import { titleAsSaid, titleThen } from './titles-at-time';
import { isSuggestionField, isWageField, isWageUnit, SUGGESTION_FIELDS, type SuggestionField } from './suggestion-fields';

// The app's words for these lists (labels.ts), as they read inside a sentence: lower case, with an article.
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


/** The record the suggestion belongs to: its titles as they were when it was said. */
type Said = Pick<Feedback, 'titlesAtTime'> | undefined;

function occupationName(map: PathwayMap, id: unknown, said: Said): string {
  if (typeof id !== 'string') return 'an occupation';
  const now = map.occupations.find((candidate) => candidate.id === id)?.title;
  const then = titleThen(said, id);
  if (now === undefined) return then === undefined ? `${quote(id)} (not on the map)` : `${nameOf(then)} (not on the map now)`;
  return nameOf(titleAsSaid(then, now) ?? now);
}

function moveName(map: PathwayMap, id: unknown, said: Said): string {
  const transition = typeof id === 'string' ? map.transitions.find((candidate) => candidate.id === id) : undefined;
  if (transition === undefined) return typeof id === 'string' ? `the move ${quote(id)} (not on the map)` : 'a move';
  return `the move from ${occupationName(map, transition.from, said)} to ${occupationName(map, transition.to, said)}`;
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

const QUALIFIER_WORDS: Readonly<Record<string, string>> = {
  statistic: 'statistic',
  year: 'year',
  area: 'area',
  sourceId: 'source',
  notVerified: '“not verified” mark',
};

/** What accepting a new wage figure clears (apply-suggestion.ts), so the facilitator sees it before saying yes. */
function clearedText(map: PathwayMap, field: SuggestionField, suggestion: Suggestion): string {
  if (!isWageField(field)) return '';
  const wage = map.occupations.find((occupation) => occupation.id === suggestion.targetId)?.wage;
  const cleared = clearedQualifiers(WAGE_BLOCK, wage, { [field.slice('wage.'.length)]: suggestion.value });
  if (cleared.length === 0) return '';
  return `, clearing the wage’s ${listNames(cleared.map((key) => QUALIFIER_WORDS[key] ?? key))} (the suggestion doesn’t state them)`;
}

/**
 * The change in plain English: "Add a move from Nursing Assistant to Licensed Practical Nurse".
 * `said`: the record it belongs to, whose titles as they were then are used, with "(now: …)" after a rename.
 */
export function describeSuggestion(map: PathwayMap, suggestion: Suggestion, said?: Said): string {
  switch (suggestion.kind) {
    case 'add-transition':
      return `Add a move from ${occupationName(map, suggestion.from, said)} to ${occupationName(map, suggestion.to, said)}`;
    case 'remove-transition': {
      const move = moveName(map, suggestion.transitionId, said);
      return `Remove ${move}`;
    }
    case 'set-field': {
      const field = suggestion.field;
      if (!isSuggestionField(field)) return `Change ${quote(String(field ?? 'a field'))}`;
      const spec = SUGGESTION_FIELDS[field];
      const target = spec.on === 'occupation' ? occupationName(map, suggestion.targetId, said) : moveName(map, suggestion.targetId, said);
      return `Set the ${spec.label} of ${target} to ${valueText(map, field, suggestion)}${clearedText(map, field, suggestion)}`;
    }
  }
}
