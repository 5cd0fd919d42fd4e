import { z } from './zod';
import { nonEmptyText, ownId } from './fields';

/** At most this many progression levels on one map (terms, stages, rungs). */
export const MAX_LEVELS = 12;

/**
 * A rung of the map's own progression model, in order: layout columns, filters, the outline and CSV
 * follow the list. A card's `level` names one by id.
 */
export const Level = z.looseObject({
  id: ownId(),
  label: nonEmptyText(80),
});

export type Level = z.infer<typeof Level>;

/**
 * The levels of a map that names none, and of every v1 map: the ladder v1 had built in, labelled in
 * the words the app always showed for it (cards, outline, pictures and CSV read "Entry level").
 */
export const DEFAULT_LEVELS: readonly Level[] = [
  { id: 'entry', label: 'Entry level' },
  { id: 'middle', label: 'Middle level' },
  { id: 'advanced', label: 'Advanced level' },
];
