import type { PathwayMap } from '../schema/map';
import { mergeIntoMap, type MatchBy, type MergeSummary } from './merge';
import { SHEET_OF_LIST } from './columns';
import { tidyIssues, type RowIssue } from './row-issue';
import type { RowNumbers } from './rows-to-map';

export type MergeImportResult = { ok: true; map: PathwayMap; summary: MergeSummary } | { ok: false; rowIssues: RowIssue[] };

/** mergeIntoMap for sheets just read by rowsToMap: its issues are placed back on their rows. */
export function mergeImport(openMap: PathwayMap, imported: { map: PathwayMap; rowNumbers: RowNumbers }, matchBy: MatchBy): MergeImportResult {
  const result = mergeIntoMap(openMap, imported.map, matchBy);
  if (result.ok) return result;
  return {
    ok: false,
    rowIssues: tidyIssues(
      result.issues.map(({ list, index, column, message }) => ({ sheet: SHEET_OF_LIST[list], row: imported.rowNumbers[list][index] ?? 0, column, message })),
    ),
  };
}
