import type { ColumnDef, SheetName } from './columns';
import { COLUMNS, STANDS_IN_FOR } from './columns';
import type { CsvTable } from './csv-text';
import { matchHeaders } from './headers';
import { readCell } from './read-cells';
import type { RowIssue } from './row-issue';
import { applyWageUnit, type WageUnitMark } from './wage-unit-marks';

export type Item = Record<string, unknown>;

/**
 * A sheet's rows as format objects (not yet checked), each with its spreadsheet row number; `notes`
 * say how forgiving readings were read ("$45,000" read as $45,000).
 */
export type SheetItems = { items: Item[]; rows: number[]; issues: RowIssue[]; notes: RowIssue[] };

function setPath(item: Item, path: readonly string[], value: unknown): void {
  let target = item;
  path.slice(0, -1).forEach((key) => {
    const inner = target[key];
    target = (target[key] = inner !== null && typeof inner === 'object' ? inner : {}) as Item;
  });
  const last = path.at(-1);
  if (last !== undefined) target[last] = value;
}

function describeColumn(column: ColumnDef): string {
  const others = column.aliases.slice(0, 3).map((alias) => `"${alias}"`);
  const standIns = Object.keys(STANDS_IN_FOR).filter((key) => STANDS_IN_FOR[key] === column.key);
  const named = others.length === 0 ? `"${column.key}"` : `"${column.key}" (or ${others.join(', ')})`;
  return standIns.length === 0 ? named : `${named} or ${standIns.map((key) => `"${key}"`).join(', ')}`;
}

/**
 * Reads each data row into an occupation or transition: cells converted, blank cells left out.
 * Values are checked later, by parseMap; here only a missing column or a cell that can't be read.
 */
export function readSheet(sheet: SheetName, table: CsvTable): SheetItems {
  const { matches, missing } = matchHeaders(sheet, table.headers);
  const issues: RowIssue[] = missing.map((key) => {
    const column = COLUMNS[sheet].find((def) => def.key === key);
    return { sheet, row: 1, column: key, message: `is missing: the header row needs a column headed ${column ? describeColumn(column) : key}` };
  });
  const items: Item[] = [];
  const rows: number[] = [];
  const notes: RowIssue[] = [];
  for (const { row, cells } of table.rows) {
    const item: Item = {};
    const units: WageUnitMark[] = [];
    for (const { index, column } of matches) {
      if (!column) continue;
      const reading = readCell(column.type, cells[index]);
      if (reading === null) continue;
      if ('problem' in reading) {
        issues.push({ sheet, row, column: column.key, message: reading.problem });
        continue;
      }
      setPath(item, column.path, reading.value);
      if (reading.note !== undefined) notes.push({ sheet, row, column: column.key, message: reading.note });
      if (reading.unit !== undefined) units.push({ column: column.key, unit: reading.unit });
    }
    const conflict = applyWageUnit(item, units);
    if (conflict) issues.push({ sheet, row, ...conflict });
    if (cells.slice(table.headers.length).some((cell) => cell.trim() !== '')) {
      issues.push({ sheet, row, column: '', message: 'has more cells than the header row has columns; a value with a comma in it must be in double quotes' });
    }
    items.push(item);
    rows.push(row);
  }
  return { items, rows, issues, notes };
}
