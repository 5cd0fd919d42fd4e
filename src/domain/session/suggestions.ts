import type { Feedback, PathwayMap, Suggestion } from '../schema/map';
import { applySuggestion } from './apply-suggestion';
import { organizationSpelling } from './organizations';
import { appendFeedback, optionalText, replaceFeedback } from './records';
import { checkSuggestion } from './suggestion-check';
import type { SessionResult } from './session-result';

export { describeSuggestion } from './describe-suggestion';
export { SUGGESTION_FIELDS, type SuggestionField } from './suggestion-fields';

export type SuggestedChange = {
  organization: string;
  author?: string | undefined;
  suggestion: Suggestion;
  /** What was said with it, if anything. */
  text?: string | undefined;
};

/**
 * Records a change an organization proposes (pending until the facilitator accepts or dismisses
 * it). A wage figure on an occupation with no wage yet needs `suggestion.unit`: 'hour' or 'year'.
 */
export function suggestChange(map: PathwayMap, change: SuggestedChange, now: string): SessionResult {
  const organization = organizationSpelling(map, change.organization);
  if (organization === '') return { ok: false, reason: 'Choose the organization that suggests the change.' };
  const checked = checkSuggestion(map, change.suggestion);
  if (!checked.ok) return checked;
  return {
    ok: true,
    map: appendFeedback(map, [
      {
        targetId: checked.targetId,
        organization,
        author: optionalText(change.author),
        kind: 'correction',
        text: optionalText(change.text),
        suggestion: checked.suggestion,
        createdAt: now,
        status: 'open',
      },
    ]),
  };
}

/** Suggested changes not yet decided, in the order they were made. */
export function pendingSuggestions(map: PathwayMap): Feedback[] {
  return map.feedback.filter((item) => item.suggestion !== undefined && item.status === 'open');
}

function pending(map: PathwayMap, feedbackId: string): { ok: true; item: Feedback & { suggestion: Suggestion } } | { ok: false; reason: string } {
  const item = map.feedback.find((candidate) => candidate.id === feedbackId);
  if (item === undefined) return { ok: false, reason: 'That suggestion is no longer on the map.' };
  if (item.suggestion === undefined) return { ok: false, reason: 'That remark doesn’t suggest a change.' };
  if (item.status !== 'open') return { ok: false, reason: `That suggestion was already ${item.status}.` };
  return { ok: true, item: { ...item, suggestion: item.suggestion } };
}

/**
 * Makes the suggested change and marks the suggestion accepted, in one new map (one undo step).
 * Refused, with the reason, when the map as it is now can't take the change.
 */
export function acceptSuggestion(map: PathwayMap, feedbackId: string, now: string): SessionResult {
  const found = pending(map, feedbackId);
  if (!found.ok) return found;
  const applied = applySuggestion(map, found.item.suggestion);
  if (!applied.ok) return applied;
  return { ok: true, map: replaceFeedback(applied.map, feedbackId, (item) => ({ ...item, status: 'accepted', decidedAt: now })) };
}

/** Marks a pending suggestion dismissed, keeping it and the date; the same map if it isn't pending. */
export function dismissSuggestion(map: PathwayMap, feedbackId: string, now: string): PathwayMap {
  if (!pending(map, feedbackId).ok) return map;
  return replaceFeedback(map, feedbackId, (item) => ({ ...item, status: 'dismissed', decidedAt: now }));
}
