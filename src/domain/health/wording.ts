import { showInvisible } from '../describe';
import type { PathwayMap } from '../schema/map';
import { cardById, type HealthContext } from './context';

const MAX_NAME_CHARS = 80;

/**
 * A title or label as it appears in a message. Messages reach terminals and screen readers, so
 * control and bidi characters are made visible; very long titles are shortened.
 */
export function nameOf(title: string): string {
  const shown = title.length > MAX_NAME_CHARS ? `${title.slice(0, MAX_NAME_CHARS)}…` : title;
  return showInvisible(shown);
}

/** The title of a card (occupation or step) by id; the id itself if it isn't on the map (parse refuses that). */
export function occupationName(map: PathwayMap, context: HealthContext, id: string): string {
  return nameOf(cardById(map, context, id)?.title ?? id);
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

