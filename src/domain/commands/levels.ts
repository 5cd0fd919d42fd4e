import type { Draft } from 'immer';
import { slugify, uniqueId } from '../ids';
import { MAX_LEVELS } from '../schema/level';
import type { PathwayMap } from '../schema/map';

/** One change to the map's levels, as data (like a bulk edit), so the inspector can send it and the store apply it. */
export type LevelEdit =
  | { op: 'add'; label: string }
  | { op: 'rename'; id: string; label: string }
  | { op: 'move'; id: string; by: -1 | 1 }
  /** Removes a level; with `moveCardsTo`, the cards on it go to that level first. */
  | { op: 'remove'; id: string; moveCardsTo?: string };

export type LevelResult = { ok: true; id: string } | { ok: false; reason: string };

/** The titles of the cards (jobs and steps) on a level, in map order. */
export function cardsOnLevel(map: PathwayMap, id: string): string[] {
  return [...map.occupations, ...map.steps].filter((card) => card.level === id).map((card) => card.title);
}

const labelOf = (map: PathwayMap, id: string) => map.levels.find((level) => level.id === id)?.label ?? id;

/** Why a level can't be removed as asked, or undefined when it can. */
export function levelRemovalRefusal(map: PathwayMap, id: string, moveCardsTo?: string): string | undefined {
  if (!map.levels.some((level) => level.id === id)) return 'That level is no longer on the map.';
  if (map.levels.length === 1) return 'A map needs at least one level, so its last one stays.';
  if (moveCardsTo !== undefined) {
    if (moveCardsTo === id || !map.levels.some((level) => level.id === moveCardsTo)) return 'The cards can only go to another level on the map.';
    return undefined;
  }
  const users = cardsOnLevel(map, id);
  if (users.length === 0) return undefined;
  const count = users.length === 1 ? '1 card is' : `${users.length} cards are`;
  const named = users.length > 3 ? `${users.slice(0, 3).join(', ')} and ${users.length - 3} more` : users.join(', ');
  return `“${labelOf(map, id)}” can't be removed: ${count} on it (${named}). Move them to another level first.`;
}

/** Changes the map's levels as asked, or refuses with a reason to show. The map keeps 1 to MAX_LEVELS levels. */
export function editLevels(draft: Draft<PathwayMap>, edit: LevelEdit): LevelResult {
  const levels = draft.levels;
  if (edit.op === 'add') {
    if (levels.length >= MAX_LEVELS) return { ok: false, reason: `A map can have at most ${MAX_LEVELS} levels.` };
    const label = edit.label.trim() || `Level ${levels.length + 1}`;
    const id = uniqueId(slugify(label) || 'level', new Set(levels.map((level) => level.id)));
    levels.push({ id, label });
    return { ok: true, id };
  }
  const at = levels.findIndex((level) => level.id === edit.id);
  if (at < 0) return { ok: false, reason: 'That level is no longer on the map.' };
  switch (edit.op) {
    case 'rename': {
      if (edit.label.trim() === '') return { ok: false, reason: 'A level needs a label.' };
      levels[at]!.label = edit.label;
      return { ok: true, id: edit.id };
    }
    case 'move': {
      const target = at + edit.by;
      if (target < 0 || target >= levels.length) return { ok: false, reason: 'That level is already at the end.' };
      const [level] = levels.splice(at, 1);
      levels.splice(target, 0, level!);
      return { ok: true, id: edit.id };
    }
    case 'remove': {
      const reason = levelRemovalRefusal(draft as PathwayMap, edit.id, edit.moveCardsTo);
      if (reason !== undefined) return { ok: false, reason };
      if (edit.moveCardsTo !== undefined) {
        for (const card of [...draft.occupations, ...draft.steps]) if (card.level === edit.id) card.level = edit.moveCardsTo;
      }
      levels.splice(at, 1);
      return { ok: true, id: edit.id };
    }
  }
}
