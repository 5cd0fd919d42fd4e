import type { Level } from '../schema/level';
import { levelIdFor } from './levels-cell';
import { findLevel } from './sheet-levels';

/**
 * The open map's levels, with each level of the imported map found among them (by id, then label,
 * case ignored) or added after them; `idFor` gives each imported level id its id on the merged map.
 * A v1 sheet's "entry" lands on a map of terms as a level of its own, never on a term by guess.
 */
export function mergeLevels(open: readonly Level[], imported: readonly Level[], used: ReadonlySet<string>) {
  const levels = open.map((level) => ({ ...level }));
  const idFor = new Map<string, string>();
  for (const level of imported) {
    if (!used.has(level.id)) continue; // a level no imported card is on isn't brought over
    const found = findLevel(levels, level.id) ?? findLevel(levels, level.label);
    if (found) {
      idFor.set(level.id, found.id);
      continue;
    }
    const added = { id: levelIdFor(level.id, new Set(levels.map((each) => each.id))), label: level.label };
    levels.push(added);
    idFor.set(level.id, added.id);
  }
  return { levels, idFor };
}
