import type { PathwayMap } from '../schema/map';

/**
 * Removes occupations and transitions. A removed occupation takes its moves with it, and hiring
 * events stop naming it; feedback keeps its target id, since it records what was said.
 */
export function removeElements(map: PathwayMap, ids: Iterable<string>): PathwayMap {
  const removed = new Set(ids);
  const occupations = map.occupations.filter((occupation) => !removed.has(occupation.id));
  if (occupations.length === map.occupations.length && !map.transitions.some((t) => removed.has(t.id))) return map;
  const transitions = map.transitions.filter(
    (transition) => !removed.has(transition.id) && !removed.has(transition.from) && !removed.has(transition.to),
  );
  const hiringEvents = map.hiringEvents.map((event) =>
    event.occupationIds?.some((id) => removed.has(id))
      ? { ...event, occupationIds: event.occupationIds.filter((id) => !removed.has(id)) }
      : event,
  );
  return { ...map, occupations, transitions, hiringEvents };
}
