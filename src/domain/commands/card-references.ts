import type { Draft } from 'immer';
import type { PathwayMap } from '../schema/map';
import type { Requirement, RequirementItem } from '../schema/requirement';
import { eachItem } from '../requirements/walk';

/** Calls `visit` on every requirement item of the map (moves' requirements, steps' ways in), in place. */
export function eachRequirementItem(draft: Draft<PathwayMap>, visit: (item: RequirementItem) => void): void {
  for (const transition of draft.transitions) eachItem(transition.requirements as Requirement | undefined, visit);
  for (const step of draft.steps) eachItem(step.toGetIn as Requirement | undefined, visit);
}

/**
 * Requirement items stop pointing at cards that are gone. The item stays, in words: one that said
 * nothing of its own takes the card's title as its text, so no requirement is silently lost.
 */
export function unlinkRequirements(draft: Draft<PathwayMap>, gone: ReadonlyMap<string, string>): void {
  eachRequirementItem(draft, (item) => {
    if (item.cardId === undefined || !gone.has(item.cardId)) return;
    if (item.text === undefined || item.text.trim() === '') item.text = gone.get(item.cardId);
    delete item.cardId;
  });
}
