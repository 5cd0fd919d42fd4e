import type { Draft } from 'immer';
import type { PathwayMap } from '../schema/map';

/**
 * Removes occupations and transitions. A removed occupation takes its moves with it, and hiring
 * events stop naming it; feedback keeps its target id, since it records what was said.
 */
export function removeElements(draft: Draft<PathwayMap>, ids: Iterable<string>): void {
  const removed = new Set(ids);
  const gone = (id: string) => removed.has(id);
  if (!draft.occupations.some((occupation) => gone(occupation.id)) && !draft.transitions.some((transition) => gone(transition.id))) return;
  // Whole lists are set, not spliced: splicing would make one undo patch per card after the removed one.
  const occupations = draft.occupations.filter((occupation) => !gone(occupation.id));
  const transitions = draft.transitions.filter((transition) => !gone(transition.id) && !gone(transition.from) && !gone(transition.to));
  if (occupations.length !== draft.occupations.length) draft.occupations = occupations;
  if (transitions.length !== draft.transitions.length) draft.transitions = transitions;
  for (const event of draft.hiringEvents) {
    if (event.occupationIds?.some(gone)) event.occupationIds = event.occupationIds.filter((id) => !gone(id));
  }
}
