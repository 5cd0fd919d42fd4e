import type { SheetName } from '../../../../src/domain/csv/columns';
import { parseCsvText, type CsvTable } from '../../../../src/domain/csv/csv-text';
import { formatRowIssue, type RowIssue } from '../../../../src/domain/csv/row-issue';
import { rowsToMap, type RowsToMapResult } from '../../../../src/domain/csv/rows-to-map';

/** A sheet from CSV lines (joined with newlines); fails the test if the text isn't readable CSV. */
export function sheet(name: SheetName, ...lines: string[]): CsvTable {
  const result = parseCsvText(lines.join('\n'), name);
  if (!result.ok) throw new Error(result.error);
  return result.table;
}

export function importSheets(occupations: string[], transitions?: string[]): RowsToMapResult {
  return rowsToMap({
    occupationRows: sheet('occupations', ...occupations),
    transitionRows: transitions && sheet('transitions', ...transitions),
  });
}

/** The issues as the dialog shows them, each with its sheet: "occupations: Row 3, wage: …". */
export function issuesOf(result: RowsToMapResult | { ok: false; rowIssues: RowIssue[] } | { ok: true }): string[] {
  if (result.ok) throw new Error('expected the import to fail, but it succeeded');
  return result.rowIssues.map((issue) => `${issue.sheet}: ${formatRowIssue(issue)}`);
}

export function mapOf(result: RowsToMapResult) {
  if (!result.ok) throw new Error(`expected the import to succeed, but got:\n${result.rowIssues.map(formatRowIssue).join('\n')}`);
  return result.map;
}
