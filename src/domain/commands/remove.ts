import type { Draft } from 'immer';
import type { PathwayMap } from '../schema/map';
import { unlinkRequirements } from './card-references';

/**
 * Removes cards (occupations and steps) and transitions. A removed card takes its moves with it,
 * requirements that pointed at it keep their words but no longer the link, and hiring events stop
 * naming it; feedback keeps its target id, since it records what was said.
 */
export function removeElements(draft: Draft<PathwayMap>, ids: Iterable<string>): void {
  const removed = new Set(ids);
  const gone = (id: string) => removed.has(id);
  const anyCard = draft.occupations.some((occupation) => gone(occupation.id)) || draft.steps.some((step) => gone(step.id));
  if (!anyCard && !draft.transitions.some((transition) => gone(transition.id))) return;
  const goneCards = new Map(
    [...draft.occupations, ...draft.steps].flatMap((card) => (gone(card.id) ? [[card.id, card.title] as const] : [])),
  );
  // Whole lists are set, not spliced: splicing would make one undo patch per card after the removed one.
  const occupations = draft.occupations.filter((occupation) => !gone(occupation.id));
  const steps = draft.steps.filter((step) => !gone(step.id));
  const transitions = draft.transitions.filter((transition) => !gone(transition.id) && !gone(transition.from) && !gone(transition.to));
  if (occupations.length !== draft.occupations.length) draft.occupations = occupations;
  if (steps.length !== draft.steps.length) draft.steps = steps;
  if (transitions.length !== draft.transitions.length) draft.transitions = transitions;
  if (goneCards.size > 0) unlinkRequirements(draft, goneCards);
  for (const event of draft.hiringEvents) {
    if (event.occupationIds?.some(gone)) event.occupationIds = event.occupationIds.filter((id) => !gone(id));
  }
  // The route finder's default goal goes with its card (the reader then picks one).
  if (draft.goalId !== undefined && gone(draft.goalId)) delete draft.goalId;
}
