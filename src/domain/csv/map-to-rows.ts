import type { PathwayMap } from '../schema/map';
import { OCCUPATION_COLUMNS, TRANSITION_COLUMNS, type ColumnDef } from './columns';
import { toCsvText } from './csv-text';
import { writeLevelsCell } from './levels-cell';
import { levelCellText } from './sheet-levels';
import { writeCell } from './write-cells';

// Exports write every documented column, in the documented order, so an export is also a filled-in
// template. CSV carries the fields in columns.ts; the JSON export carries everything.

function valueAt(item: object, path: readonly string[]): unknown {
  let value: unknown = item;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function rowsOf<T extends object>(columns: readonly ColumnDef[], items: readonly T[], valueOf: (item: T, column: ColumnDef) => unknown) {
  return [columns.map((column) => column.key), ...items.map((item) => columns.map((column) => writeCell(column.type, valueOf(item, column))))];
}

/**
 * The occupations sheet as rows of cells, headers first: the occupations, then the step cards, each
 * with its kind. Groups are written by label, levels by label (by id where a label wouldn't read
 * back to the same level), and the map's levels, in order, in the first row's levels cell.
 */
export function occupationRows(map: PathwayMap): string[][] {
  const labels = new Map(map.groups.map((group) => [group.id, group.label]));
  const cards: Array<{ card: object; kind: string; groupId?: string | undefined; level?: string | undefined }> = [
    ...map.occupations.map((card) => ({ card, kind: 'occupation', groupId: card.groupId, level: card.level })),
    ...map.steps.map((card) => ({ card, kind: card.kind, groupId: card.groupId, level: card.level })),
  ];
  return rowsOf(OCCUPATION_COLUMNS, cards, ({ card, kind, groupId, level }, column) => {
    if (column.type === 'group') return groupId === undefined ? undefined : labels.get(groupId);
    if (column.type === 'level') return levelCellText(map.levels, level);
    if (column.type === 'levels') return card === cards[0]?.card ? writeLevelsCell(map.levels) : undefined;
    if (column.key === 'kind') return kind;
    return valueAt(card, column.path);
  });
}

/** The transitions sheet as rows of cells, headers first; ends are written as card ids, each with its title beside it. */
export function transitionRows(map: PathwayMap): string[][] {
  const titles = new Map([...map.occupations, ...map.steps].map((card) => [card.id, card.title]));
  return rowsOf(TRANSITION_COLUMNS, map.transitions, (transition, column) => {
    if (column.key === 'fromTitle') return titles.get(transition.from);
    if (column.key === 'toTitle') return titles.get(transition.to);
    return valueAt(transition, column.path);
  });
}

export const occupationsToCsv = (map: PathwayMap): string => toCsvText(occupationRows(map));
export const transitionsToCsv = (map: PathwayMap): string => toCsvText(transitionRows(map));
