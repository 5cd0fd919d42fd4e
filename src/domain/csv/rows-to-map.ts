import { slugify } from '../ids';
import { CURRENT_SCHEMA_VERSION } from '../migrations/index';
import { parseMap } from '../parse';
import type { PathwayMap } from '../schema/map';
import type { ListName } from './columns';
import type { CsvTable } from './csv-text';
import { withGroupColours } from './group-colours';
import { sheetMapFacts, suggestMapTitle } from './sheet-map-facts';
import { fillIds, groupsFromLabels, occupationIdBase, transitionIdBase, writtenIds } from './derived-ids';
import { issuesOnRows } from './locate-issue';
import { readSheet, type Item, type SheetItems } from './read-sheet';
import { sheetLevels } from './sheet-levels';
import { resolveEnds } from './resolve-ends';
import { tidyIssues, type RowIssue } from './row-issue';

export type CsvSheets = { occupationRows: CsvTable; transitionRows?: CsvTable | undefined };
export type ImportOptions = { title?: string; now?: Date };
/** `notes` say how forgiving readings were read ("$45,000" read as $45,000), shown in the preview. */
/** The spreadsheet row each imported occupation, step card and transition came from, by position in the map. */
export type RowNumbers = Readonly<Record<ListName, readonly number[]>>;
export type RowsToMapResult =
  | { ok: true; map: PathwayMap; rowIssues: RowIssue[]; rowNumbers: RowNumbers; notes: RowIssue[] }
  | { ok: false; rowIssues: RowIssue[]; notes: RowIssue[] };

const NO_ITEMS: SheetItems = { items: [], rows: [], issues: [], notes: [] };

/**
 * Builds a new map from an occupations sheet (its occupations and step cards) and an optional transitions sheet. The cells are
 * converted, ids and groups made, and the document checked by parseMap, the one set of rules;
 * its issues (`occupations[3].wage.min`) come back as rows and columns (row 5, wageMin).
 */
export function rowsToMap({ occupationRows, transitionRows }: CsvSheets, options: ImportOptions = {}): RowsToMapResult {
  const occupations = readSheet('occupations', occupationRows);
  const transitions = transitionRows ? readSheet('transitions', transitionRows) : NO_ITEMS;
  const issues = [...occupations.issues, ...transitions.issues];
  const notes = [...occupations.notes, ...transitions.notes];
  // Without its required columns every row would fail; the header is the one thing to fix.
  const missingColumns = issues.filter((issue) => issue.row === 1);
  if (missingColumns.length > 0) return { ok: false, rowIssues: missingColumns, notes: tidyIssues(notes) };
  if (occupations.items.length === 0) {
    issues.push({ sheet: 'occupations', row: 0, column: '', message: 'The occupations sheet has no rows under its header row.' });
  }

  // Cards in sheet order (groups and levels are made in order of first appearance), then split by kind.
  const cards = occupations.items;
  const levels = sheetLevels(cards, occupations.rows, occupations.levelsCell);
  issues.push(...levels.issues);
  notes.push(...levels.notes);
  const groups = withGroupColours(groupsFromLabels(cards));
  const used = writtenIds(cards, transitions.items);
  fillIds(cards, used, occupationIdBase);
  issues.push(...resolveEnds(transitions.items, transitions.rows, cards));
  fillIds(transitions.items, used, transitionIdBase);
  const jobs = byKind(cards, occupations.rows, false);
  const steps = byKind(cards, occupations.rows, true);

  const title = options.title?.trim() || suggestMapTitle(occupationRows, '');
  const stamp = options.now?.toISOString();
  const document = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: slugify(title) || 'imported-map',
    title,
    ...sheetMapFacts(occupationRows),
    ...(stamp ? { createdAt: stamp, updatedAt: stamp } : {}),
    ...(levels.levels ? { levels: levels.levels } : {}),
    groups,
    occupations: jobs.items,
    steps: steps.items,
    transitions: transitions.items,
  };
  const rowNumbers: RowNumbers = { occupations: jobs.rows, steps: steps.rows, transitions: transitions.rows };
  const groupRows = groups.map((group) => occupations.rows[cards.findIndex((item) => item.groupId === group.id)] ?? 0);
  const levelsRow = occupations.levelsCell?.row ?? occupations.rows[0] ?? 0;
  const rowOf = (list: ListName | 'groups' | 'levels', index: number) =>
    list === 'levels' ? levelsRow : ((list === 'groups' ? groupRows : rowNumbers[list])[index] ?? 0);

  const parsed = parseMap(JSON.stringify(document));
  if (!parsed.ok || issues.length > 0) {
    const { placed, hidden } = parsed.ok ? { placed: [], hidden: 0 } : issuesOnRows(parsed.errors, rowOf);
    return { ok: false, rowIssues: tidyIssues([...issues, ...placed], hidden), notes: tidyIssues(notes) };
  }
  return { ok: true, map: parsed.map, rowIssues: issuesOnRows(parsed.warnings, rowOf).placed, rowNumbers, notes: tidyIssues(notes) };
}

/** The occupations (kind blank or "occupation", which the format leaves out) or the step cards, with their rows. */
function byKind(cards: readonly Item[], rows: readonly number[], wantSteps: boolean): { items: Item[]; rows: number[] } {
  const picked = { items: [] as Item[], rows: [] as number[] };
  cards.forEach((card, index) => {
    const isStep = card.kind !== undefined && card.kind !== 'occupation';
    if (isStep !== wantSteps) return;
    if (card.kind === 'occupation') delete card.kind;
    picked.items.push(card);
    picked.rows.push(rows[index] ?? 0);
  });
  return picked;
}
