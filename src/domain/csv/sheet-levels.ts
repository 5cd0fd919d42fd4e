import { quote } from '../describe';
import { DEFAULT_LEVELS, MAX_LEVELS, type Level } from '../schema/level';
import { readLevelsCell, levelIdFor } from './levels-cell';
import type { Item } from './read-sheet';
import type { RowIssue } from './row-issue';
import { LEVEL_WORDS, normalizeKey } from './vocabulary';

// A card's level cell names one of the map's levels by id or label (case doesn't matter). The levels
// are the levels column's, when the sheet has one; else the built-in three when a cell uses their
// words (v1 sheets read as they always did), then each other level in order of first appearance.

const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The level a cell names: its id exactly, else an id or label without case, else a built-in level's other word. */
export function findLevel(levels: readonly Level[], text: string): Level | undefined {
  const wanted = key(text);
  const builtIn = LEVEL_WORDS.get(normalizeKey(text));
  return (
    levels.find((level) => level.id === text) ??
    levels.find((level) => key(level.id) === wanted) ??
    levels.find((level) => key(level.label) === wanted) ??
    levels.find((level) => level.id === builtIn)
  );
}

/** What an export writes in a level cell: the label when it reads back to the same level, else the id. */
export function levelCellText(levels: readonly Level[], id: string | undefined): string | undefined {
  const level = levels.find((each) => each.id === id);
  if (level === undefined) return id;
  return findLevel(levels, level.label)?.id === level.id ? level.label : level.id;
}

export type LevelsCell = { text: string; row: number };
export type SheetLevels = { levels: Level[] | undefined; issues: RowIssue[]; notes: RowIssue[] };

const MAX_LABEL = 80;

/**
 * The map's levels for a sheet, and each card's level cell replaced by a level id. `levels` is
 * undefined when the sheet names none (the map gets the built-in three).
 */
export function sheetLevels(cards: readonly Item[], rows: readonly number[], levelsCell: LevelsCell | undefined): SheetLevels {
  const issues: RowIssue[] = [];
  const notes: RowIssue[] = [];
  const given = levelsCell === undefined ? undefined : readLevelsCell(levelsCell.text);
  if (levelsCell !== undefined && given !== undefined && !given.ok) {
    return { levels: undefined, issues: [{ sheet: 'occupations', row: levelsCell.row, column: 'levels', message: given.message }], notes };
  }
  const usesBuiltIn = cards.some((card) => typeof card.level === 'string' && LEVEL_WORDS.has(normalizeKey(card.level)));
  const levels: Level[] = given?.ok ? given.levels : usesBuiltIn ? DEFAULT_LEVELS.map((level) => ({ ...level })) : [];
  const named = levels.map((level) => quote(level.label)).join(', ');

  cards.forEach((card, index) => {
    if (typeof card.level !== 'string') return;
    const row = rows[index] ?? 0;
    const found = findLevel(levels, card.level);
    if (found) {
      card.level = found.id;
      return;
    }
    const problem = (message: string) => issues.push({ sheet: 'occupations', row, column: 'level', message });
    if (given?.ok) return void problem(`must be one of the levels in the levels column (${named}), not ${quote(card.level)}`);
    if (card.level.length > MAX_LABEL) return void problem(`is too long for a level's label (at most ${MAX_LABEL} characters)`);
    if (levels.length >= MAX_LEVELS) {
      return void problem(`would be a ${MAX_LEVELS + 1}th level, ${quote(card.level)}; a map has at most ${MAX_LEVELS} levels`);
    }
    const level = { id: levelIdFor(card.level, new Set(levels.map((each) => each.id))), label: card.level.trim() };
    levels.push(level);
    notes.push({ sheet: 'occupations', row, column: 'level', message: `${quote(level.label)} made a new level, the map's level ${levels.length}` });
    card.level = level.id;
  });
  return { levels: levels.length === 0 ? undefined : levels, issues, notes };
}
