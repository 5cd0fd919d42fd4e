import type { CardKind, ColumnDef, SheetName } from './columns';
import { COLUMNS, STANDS_IN_FOR } from './columns';
import type { CsvTable } from './csv-text';
import { matchHeaders } from './headers';
import { readCell } from './read-cells';
import type { RowIssue } from './row-issue';
import type { LevelsCell } from './sheet-levels';
import { applyWageUnit, type WageUnitMark } from './wage-unit-marks';
import { headedAsMedian, readAsMedian } from './legacy-median';

export type Item = Record<string, unknown>;

/**
 * A sheet's rows as format objects (not yet checked), each with its spreadsheet row number; `notes`
 * say how forgiving readings were read ("$45,000" read as $45,000).
 */
export type SheetItems = { items: Item[]; rows: number[]; issues: RowIssue[]; notes: RowIssue[]; levelsCell?: LevelsCell };

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
  let levelsCell: LevelsCell | undefined;
  const medianHeader = headedAsMedian(matches);
  let medianNoted = false;
  for (const { row, cells } of table.rows) {
    const item: Item = {};
    const units: WageUnitMark[] = [];
    const filled: ColumnDef[] = [];
    for (const { index, column } of matches) {
      if (!column) continue;
      const reading = readCell(column.type, cells[index]);
      if (reading === null) continue;
      if ('problem' in reading) {
        issues.push({ sheet, row, column: column.key, message: reading.problem });
        continue;
      }
      if (column.type === 'levels') {
        levelsCell = readLevels(levelsCell, { text: String(reading.value), row }, issues);
        continue;
      }
      setPath(item, column.path, reading.value);
      filled.push(column);
      if (reading.note !== undefined) notes.push({ sheet, row, column: column.key, message: reading.note });
      if (reading.unit !== undefined) units.push({ column: column.key, unit: reading.unit });
    }
    // A kind that couldn't be read is reported on its own cell; the row's other cells aren't judged by it.
    if (!issues.some((issue) => issue.row === row && issue.column === 'kind')) issues.push(...wrongKindCells(sheet, row, item, filled));
    if (medianHeader !== undefined && readAsMedian(item) && !medianNoted) {
      // Said once, on the statistic (the figure's cell may have a note of its own): every such row is read the same way.
      notes.push({ sheet, row, column: 'wageStatistic', message: `read as median, as the header "${medianHeader}" says; fill wageStatistic if the figures are means or percentiles` });
      medianNoted = true;
    }
    const conflict = applyWageUnit(item, units);
    if (conflict) issues.push({ sheet, row, ...conflict });
    if (cells.slice(table.headers.length).some((cell) => cell.trim() !== '')) {
      issues.push({ sheet, row, column: '', message: 'has more cells than the header row has columns; a value with a comma in it must be in double quotes' });
    }
    items.push(item);
    rows.push(row);
  }
  return { items, rows, issues, notes, ...(levelsCell ? { levelsCell } : {}) };
}

/** The map's levels are one cell, in the first row that fills it; another row may only repeat it. */
function readLevels(first: LevelsCell | undefined, cell: LevelsCell, issues: RowIssue[]): LevelsCell {
  if (first !== undefined && first.text !== cell.text) {
    issues.push({ sheet: 'occupations', row: cell.row, column: 'levels', message: `the map's levels are already given in row ${first.row}; leave this cell blank` });
  }
  return first ?? cell;
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
const orList = (words: readonly string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`);

/** Cells a card of the row's kind doesn't have (a wage on a credential): reported, never dropped. */
function wrongKindCells(sheet: SheetName, row: number, item: Item, filled: readonly ColumnDef[]): RowIssue[] {
  if (sheet !== 'occupations') return [];
  const kind = (typeof item.kind === 'string' ? item.kind : 'occupation') as CardKind;
  return filled
    .filter((column) => column.kinds !== undefined && !column.kinds.includes(kind))
    .map((column) => ({ sheet, row, column: column.key, message: `is for ${orList(column.kinds ?? [])} cards; this row is ${article(kind)}, so leave it blank` }));
}
