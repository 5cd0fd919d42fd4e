import { SUGGESTION_FIELDS, type SuggestionField } from '../../domain/session/suggestion-fields';

/**
 * What the facilitator typed, as the value a field takes: "$52,000" becomes 52000 for money, "18"
 * becomes 18 months, one requirement per line becomes a list. Anything that doesn't read as a
 * number is passed on as typed, so the model's check names it in its refusal.
 */
export function suggestionValue(field: SuggestionField, typed: string): unknown {
  const kind = SUGGESTION_FIELDS[field].value;
  if (kind === 'dollars' || kind === 'months') {
    const cleaned = typed.replace(/[$,\s]/g, '');
    const number = cleaned === '' ? Number.NaN : Number(cleaned);
    return Number.isFinite(number) ? number : typed.trim();
  }
  if (kind === 'text-list') return typed.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return typed;
}
