import type { Feedback, PathwayMap, Suggestion, TitleAtTime } from '../schema/map';

/**
 * A record of what was said keeps the titles of the occupations it names as they were then, so a
 * later rename (an accepted "CNC Tool Operator → CNC Machine Operator" among them) never rewrites it.
 */
export function titlesNamedBy(
  map: PathwayMap,
  item: { targetId?: string | undefined; suggestion?: Suggestion | undefined },
): TitleAtTime[] {
  const ids = new Set<string>();
  const addMove = (moveId: unknown) => {
    const move = typeof moveId === 'string' ? map.transitions.find((transition) => transition.id === moveId) : undefined;
    if (move) ids.add(move.from).add(move.to);
  };
  const addId = (id: unknown) => {
    if (typeof id !== 'string') return;
    ids.add(id);
    addMove(id);
  };
  addId(item.targetId);
  addId(item.suggestion?.from);
  addId(item.suggestion?.to);
  addId(item.suggestion?.targetId);
  addMove(item.suggestion?.transitionId);
  return map.occupations.filter((occupation) => ids.has(occupation.id)).map((occupation) => ({ id: occupation.id, title: occupation.title }));
}

/** The title a record gave an occupation, or undefined when it recorded none (older files). */
export function titleThen(item: Pick<Feedback, 'titlesAtTime'> | undefined, id: string): string | undefined {
  return item?.titlesAtTime?.find((entry) => entry.id === id)?.title;
}

/** The title as said, with "(now: …)" when the card has been renamed since; the current title when none was recorded. */
export function titleAsSaid(then: string | undefined, now: string | undefined): string | undefined {
  if (then === undefined) return now;
  if (now === undefined || now === then) return then;
  return `${then} (now: ${now})`;
}

/** A suggestion's kind in words, as the suggestion form names it. */
export const SUGGESTION_KIND_LABELS: Readonly<Record<Suggestion['kind'], string>> = {
  'add-transition': 'Add a move',
  'remove-transition': 'Remove a move',
  'set-field': 'Change a field',
};
