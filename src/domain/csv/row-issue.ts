import { plural } from '../describe';
import { MAX_REPORTED_ISSUES } from '../schema/limits';
import { COLUMNS, type SheetName } from './columns';

/**
 * A problem in an imported sheet: the spreadsheet row (1 is the header row, 2 the first data row;
 * 0 means the sheet as a whole), the column by its documented key ('' for the whole row), and what
 * is wrong in plain English.
 */
export type RowIssue = { sheet: SheetName; row: number; column: string; message: string };

/** "Row 4, wage: must be a number of dollars, not "abc"" (the sheet is said by the list it is in). */
export function formatRowIssue(issue: RowIssue): string {
  if (issue.row === 0) return issue.message;
  return issue.column === '' ? `Row ${issue.row}: ${issue.message}` : `Row ${issue.row}, ${issue.column}: ${issue.message}`;
}

/** Only the first issue for each cell: a cell reported while converting isn't reported again by validation. */
function firstPerCell(issues: readonly RowIssue[]): RowIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const cell = JSON.stringify([issue.sheet, issue.row, issue.column]);
    if (issue.row !== 0 && seen.has(cell)) return false;
    seen.add(cell);
    return true;
  });
}

const SHEETS: readonly SheetName[] = ['occupations', 'transitions'];

/** Where a column stands in its sheet, so issues read left to right ("wage" stands with wageMin). */
function columnPosition(sheet: SheetName, column: string): number {
  if (column === '') return -1;
  const columns = COLUMNS[sheet];
  const exact = columns.findIndex((def) => def.key === column);
  return exact >= 0 ? exact : columns.findIndex((def) => def.path[0] === column);
}

/**
 * Issues as the user reads them: one per cell, in sheet, row and column order, at most 50 and then
 * a count of the rest (`alsoHidden` counts issues already left out upstream).
 */
export function tidyIssues(issues: readonly RowIssue[], alsoHidden = 0): RowIssue[] {
  const sorted = firstPerCell(issues).sort(
    (a, b) =>
      SHEETS.indexOf(a.sheet) - SHEETS.indexOf(b.sheet) ||
      a.row - b.row ||
      columnPosition(a.sheet, a.column) - columnPosition(b.sheet, b.column),
  );
  const hidden = Math.max(0, sorted.length - MAX_REPORTED_ISSUES) + alsoHidden;
  if (hidden === 0) return sorted;
  const shown = sorted.slice(0, MAX_REPORTED_ISSUES);
  return [...shown, { sheet: shown.at(-1)?.sheet ?? 'occupations', row: 0, column: '', message: `…and ${plural(hidden, 'more problem')}` }];
}
