import { slugify } from '../ids';
import { CURRENT_SCHEMA_VERSION } from '../migrations/index';
import { parseMap } from '../parse';
import type { PathwayMap } from '../schema/map';
import type { SheetName } from './columns';
import type { CsvTable } from './csv-text';
import { withGroupColours } from './group-colours';
import { sheetMapFacts, suggestMapTitle } from './sheet-map-facts';
import { fillIds, groupsFromLabels, occupationIdBase, transitionIdBase, writtenIds } from './derived-ids';
import { issuesOnRows } from './locate-issue';
import { readSheet, type SheetItems } from './read-sheet';
import { resolveEnds } from './resolve-ends';
import { tidyIssues, type RowIssue } from './row-issue';

export type CsvSheets = { occupationRows: CsvTable; transitionRows?: CsvTable | undefined };
export type ImportOptions = { title?: string; now?: Date };
/** `notes` say how forgiving readings were read ("$45,000" read as $45,000), shown in the preview. */
/** The spreadsheet row each imported occupation and transition came from, by position in the map. */
export type RowNumbers = Readonly<Record<SheetName, readonly number[]>>;
export type RowsToMapResult =
  | { ok: true; map: PathwayMap; rowIssues: RowIssue[]; rowNumbers: RowNumbers; notes: RowIssue[] }
  | { ok: false; rowIssues: RowIssue[]; notes: RowIssue[] };

const NO_ITEMS: SheetItems = { items: [], rows: [], issues: [], notes: [] };

/**
 * Builds a new map from an occupations sheet and an optional transitions sheet. The cells are
 * converted, ids and groups made, and the document checked by parseMap, the one set of rules;
 * its issues (`occupations[3].wage.min`) come back as rows and columns (row 5, wageMin).
 */
export function rowsToMap({ occupationRows, transitionRows }: CsvSheets, options: ImportOptions = {}): RowsToMapResult {
  const occupations = readSheet('occupations', occupationRows);
  const transitions = transitionRows ? readSheet('transitions', transitionRows) : NO_ITEMS;
  const issues = [...occupations.issues, ...transitions.issues];
  const notes = tidyIssues([...occupations.notes, ...transitions.notes]);
  // Without its required columns every row would fail; the header is the one thing to fix.
  const missingColumns = issues.filter((issue) => issue.row === 1);
  if (missingColumns.length > 0) return { ok: false, rowIssues: missingColumns, notes };
  if (occupations.items.length === 0) {
    issues.push({ sheet: 'occupations', row: 0, column: '', message: 'The occupations sheet has no rows under its header row.' });
  }

  const groups = withGroupColours(groupsFromLabels(occupations.items));
  const used = writtenIds(occupations.items, transitions.items);
  fillIds(occupations.items, used, occupationIdBase);
  issues.push(...resolveEnds(transitions.items, transitions.rows, occupations.items));
  fillIds(transitions.items, used, transitionIdBase);

  const title = options.title?.trim() || suggestMapTitle(occupationRows, '');
  const stamp = options.now?.toISOString();
  const document = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: slugify(title) || 'imported-map',
    title,
    ...sheetMapFacts(occupationRows),
    ...(stamp ? { createdAt: stamp, updatedAt: stamp } : {}),
    groups,
    occupations: occupations.items,
    transitions: transitions.items,
  };
  const groupRows = groups.map((group) => occupations.rows[occupations.items.findIndex((item) => item.groupId === group.id)] ?? 0);
  const rowOf = (list: SheetName | 'groups', index: number) =>
    (list === 'groups' ? groupRows : list === 'occupations' ? occupations.rows : transitions.rows)[index] ?? 0;

  const parsed = parseMap(JSON.stringify(document));
  if (!parsed.ok || issues.length > 0) {
    const { placed, hidden } = parsed.ok ? { placed: [], hidden: 0 } : issuesOnRows(parsed.errors, rowOf);
    return { ok: false, rowIssues: tidyIssues([...issues, ...placed], hidden), notes };
  }
  const rowNumbers = { occupations: occupations.rows, transitions: transitions.rows };
  return { ok: true, map: parsed.map, rowIssues: issuesOnRows(parsed.warnings, rowOf).placed, rowNumbers, notes };
}
