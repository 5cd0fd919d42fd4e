import type { PathwayMap } from '../schema/map';
import { OCCUPATION_COLUMNS, TRANSITION_COLUMNS, type ColumnDef } from './columns';
import { toCsvText } from './csv-text';
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

/** The occupations sheet as rows of cells, headers first; groups are written by label. */
export function occupationRows(map: PathwayMap): string[][] {
  const labels = new Map(map.groups.map((group) => [group.id, group.label]));
  return rowsOf(OCCUPATION_COLUMNS, map.occupations, (occupation, column) =>
    column.type === 'group' ? (occupation.groupId === undefined ? undefined : labels.get(occupation.groupId)) : valueAt(occupation, column.path),
  );
}

/** The transitions sheet as rows of cells, headers first; ends are written as occupation ids, each with its title beside it. */
export function transitionRows(map: PathwayMap): string[][] {
  const titles = new Map(map.occupations.map((occupation) => [occupation.id, occupation.title]));
  return rowsOf(TRANSITION_COLUMNS, map.transitions, (transition, column) => {
    if (column.key === 'fromTitle') return titles.get(transition.from);
    if (column.key === 'toTitle') return titles.get(transition.to);
    return valueAt(transition, column.path);
  });
}

export const occupationsToCsv = (map: PathwayMap): string => toCsvText(occupationRows(map));
export const transitionsToCsv = (map: PathwayMap): string => toCsvText(transitionRows(map));
