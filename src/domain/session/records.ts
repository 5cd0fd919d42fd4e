import { uniqueId } from '../ids';
import { withoutUndefined } from '../commands/without-undefined';
import type { Feedback, PathwayMap, Suggestion } from '../schema/map';
import { titlesNamedBy } from './titles-at-time';

/** A feedback item before it has an id. */
export type NewFeedback = {
  targetId?: string | undefined;
  organization: string;
  author?: string | undefined;
  kind: Feedback['kind'];
  text?: string | undefined;
  suggestion?: Suggestion | undefined;
  createdAt: string;
  status: Feedback['status'];
  decidedAt?: string | undefined;
};

/** Organizations are the same whatever the spacing around or the case: "Baystate " is "baystate". */
export function organizationKey(name: string): string {
  return name.trim().toLowerCase();
}

/** An optional name as stored: trimmed, or left out when there is nothing to keep. */
export function optionalText(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The map with these items appended to its feedback, each with an unused id like `fb-critical-vote-2`. */
export function appendFeedback(map: PathwayMap, items: readonly NewFeedback[]): PathwayMap {
  const taken = new Set(map.feedback.map((item) => item.id));
  const added = items.map((item): Feedback => {
    const id = uniqueId(`fb-${item.kind}`, taken);
    taken.add(id);
    // Titles as they are now, kept with the record: a later rename must not rewrite what was said.
    const titles = titlesNamedBy(map, item);
    // An absent optional field stays absent, so exports don't grow empty keys.
    return withoutUndefined({ id, ...item, titlesAtTime: titles.length > 0 ? titles : undefined }) as Feedback;
  });
  return { ...map, feedback: [...map.feedback, ...added] };
}

/** The map with one feedback item replaced; the same map when no item has that id. */
export function replaceFeedback(map: PathwayMap, id: string, change: (item: Feedback) => Feedback): PathwayMap {
  const index = map.feedback.findIndex((item) => item.id === id);
  const current = map.feedback[index];
  if (current === undefined) return map;
  const feedback = [...map.feedback];
  feedback[index] = change(current);
  return { ...map, feedback };
}
