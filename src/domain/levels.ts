import type { Level } from './schema/level';

// A card's `level` is the id of one of the map's own levels (format v2). These read it against the
// map's list, which is ordered: its order is the ladder's (layout columns, outline, filters).

/** The label of the level a card names; the id itself when the map has no such level; undefined for none. */
export function levelLabel(levels: readonly Level[], id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  return levels.find((level) => level.id === id)?.label ?? id;
}

/** Where a level sits in the map's order (0 = first), or undefined when the map has no such level. */
export function levelIndex(levels: readonly Level[], id: string | undefined): number | undefined {
  if (id === undefined) return undefined;
  const index = levels.findIndex((level) => level.id === id);
  return index < 0 ? undefined : index;
}
