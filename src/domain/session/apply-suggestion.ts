import { applyCommand } from '../commands/apply-command';
import { withTopTexts } from '../requirements/text-items';
import { updateOccupation } from '../commands/occupations';
import { removeElements } from '../commands/remove';
import { connect, updateTransition } from '../commands/transitions';
import { explainZodIssue } from '../input/zod-messages';
import { formatPath } from '../issues';
import { replaceFigures, WAGE_BLOCK } from '../figures/replace-figure';
import { nameOf } from '../health/wording';
import type { PathwayMap, Suggestion, Wage } from '../schema/map';
import { Occupation } from '../schema/occupation';
import { Transition } from '../schema/transition';
import type { z } from '../schema/zod';
import { isSuggestionField, isWageField, isWageUnit, SUGGESTION_FIELDS } from './suggestion-fields';
import type { SessionResult } from './session-result';

/** The changed occupation or move must still pass the map's schema; the reason names what breaks. */
function refusal(schema: z.ZodType, value: unknown, name: string): string | undefined {
  const result = schema.safeParse(value, { error: explainZodIssue });
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  const path = issue ? formatPath(issue.path) : '';
  const field = Object.entries(SUGGESTION_FIELDS).find(([key]) => key === path)?.[1].label ?? path;
  return `This change can't be made: the ${field} of ${name} ${issue?.message ?? 'would not be valid'}.`;
}

function setField(map: PathwayMap, suggestion: Suggestion): SessionResult {
  const field = suggestion.field;
  if (!isSuggestionField(field)) return { ok: false, reason: 'This suggestion changes a field that can’t be changed here.' };
  const id = suggestion.targetId;
  if (SUGGESTION_FIELDS[field].on === 'occupation') {
    const occupation = map.occupations.find((item) => item.id === id);
    if (occupation === undefined || id === undefined) return { ok: false, reason: 'That occupation is no longer on the map.' };
    let patch: Partial<Occupation>;
    if (isWageField(field)) {
      const unit = occupation.wage?.unit ?? (isWageUnit(suggestion.unit) ? suggestion.unit : undefined);
      if (unit === undefined) return { ok: false, reason: `${nameOf(occupation.title)} has no wage: say whether the figure is per hour or per year.` };
      const key = field.slice('wage.'.length) as 'min' | 'amount' | 'max';
      // The suggested figure is the room's, not the old figure's source: replaceFigures clears what it was.
      patch = { wage: replaceFigures(WAGE_BLOCK, occupation.wage, { unit, [key]: suggestion.value }) as Wage };
    } else {
      patch = { [field]: suggestion.value };
    }
    const changed = applyCommand(map, (draft) => updateOccupation(draft, id, patch)).map;
    const reason = refusal(Occupation, changed.occupations.find((item) => item.id === id), nameOf(occupation.title));
    return reason === undefined ? { ok: true, map: changed } : { ok: false, reason };
  }
  const transition = map.transitions.find((item) => item.id === id);
  if (transition === undefined || id === undefined) return { ok: false, reason: 'That move is no longer on the map.' };
  // A suggested list of requirements replaces the texts of the move's "all of" group (card links and groups stay).
  const value = field === 'requirements' ? withTopTexts(transition.requirements, Array.isArray(suggestion.value) ? suggestion.value.map(String) : []) : suggestion.value;
  const changed = applyCommand(map, (draft) => updateTransition(draft, id, { [field]: value })).map;
  const titles = new Map([...map.occupations, ...map.steps].map((card) => [card.id, nameOf(card.title)]));
  const name = `the move from ${titles.get(transition.from) ?? transition.from} to ${titles.get(transition.to) ?? transition.to}`;
  const reason = refusal(Transition, changed.transitions.find((item) => item.id === id), name);
  return reason === undefined ? { ok: true, map: changed } : { ok: false, reason };
}

/** Makes the suggested change to the map, or says why it can't be made to the map as it is now. */
export function applySuggestion(map: PathwayMap, suggestion: Suggestion): SessionResult {
  switch (suggestion.kind) {
    case 'add-transition': {
      const { map: connected, result } = applyCommand(map, (draft) => connect(draft, suggestion.from ?? '', suggestion.to ?? ''));
      return result.ok ? { ok: true, map: connected } : result;
    }
    case 'remove-transition': {
      const id = suggestion.transitionId;
      if (!map.transitions.some((transition) => transition.id === id) || id === undefined) {
        return { ok: false, reason: 'That move is no longer on the map.' };
      }
      return { ok: true, map: applyCommand(map, (draft) => removeElements(draft, [id])).map };
    }
    case 'set-field':
      return setField(map, suggestion);
    default:
      return { ok: false, reason: 'A suggestion adds a move, removes one or changes a field.' };
  }
}
