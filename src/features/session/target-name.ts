import type { PathwayMap, Transition } from '../../domain/schema/map';
import type { SessionTarget } from './session-store';

/** What the target is called on screen: a card's title, "A → B" for an arrow, or "The whole map". */
export function targetName(map: PathwayMap, target: SessionTarget): string {
  if (target.kind === 'map') return 'The whole map';
  if (target.kind === 'occupation') {
    return map.occupations.find((occupation) => occupation.id === target.id)?.title ?? 'An occupation no longer on the map';
  }
  if (target.kind === 'step') return map.steps.find((step) => step.id === target.id)?.title ?? 'A card no longer on the map';
  const transition = map.transitions.find((candidate) => candidate.id === target.id);
  if (!transition) return 'A move no longer on the map';
  return moveName(transition, (id) => cardTitle(map, id));
}

/** The title of any card, a job or a step. */
function cardTitle(map: PathwayMap, id: string): string | undefined {
  return (map.occupations.find((occupation) => occupation.id === id) ?? map.steps.find((step) => step.id === id))?.title;
}

/** "A → B": a move named by its cards' titles (or ids, where a title is not found). */
export function moveName(transition: Pick<Transition, 'from' | 'to'>, titleOf: (id: string) => string | undefined): string {
  return `${titleOf(transition.from) ?? transition.from} → ${titleOf(transition.to) ?? transition.to}`;
}

/** The target, or the whole map when what it named is gone (after an undo or an accepted removal). */
export function liveTarget(map: PathwayMap, target: SessionTarget): SessionTarget {
  if (target.kind === 'occupation' && !map.occupations.some((occupation) => occupation.id === target.id)) return { kind: 'map' };
  if (target.kind === 'step' && !map.steps.some((step) => step.id === target.id)) return { kind: 'map' };
  if (target.kind === 'transition' && !map.transitions.some((transition) => transition.id === target.id)) return { kind: 'map' };
  return target;
}
