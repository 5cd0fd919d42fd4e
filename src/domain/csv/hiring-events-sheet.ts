import { explainZodIssue } from '../input/zod-messages';
import { slugify, uniqueId } from '../ids';
import { HIRING_KIND_LABELS } from '../hiring-event-words';
import { HIRING_EVENT_KINDS, HiringEvent } from '../schema/hiring-event';
import type { PathwayMap } from '../schema/map';
import { toCsvText, type CsvTable } from './csv-text';
import { escapeFormula, unescapeFormula } from './formula';
import { normalizeKey } from './vocabulary';

// The map's log of hiring events as its own CSV sheet, one event a row. It is read and written
// here, apart from the occupations and transitions sheets: events are merged into an open map
// (they name its occupations and sources), never made into a new one.

/** The documented columns, in export order: key (the header) and what goes in it. */
export const HIRING_EVENT_COLUMNS = [
  { key: 'id', help: 'Unique id. Left blank, one is made from the employer and date; a row with an id the map has replaces that event.' },
  { key: 'date', help: 'Required. When it happened or was announced: 2026-03-01.' },
  { key: 'kind', help: 'Required. expansion, relocation, layoff or other ("Lay-off" is read too).' },
  { key: 'employer', help: 'Required. Who is hiring, moving or laying off.' },
  { key: 'jobs', help: 'Jobs added, moved or lost: a whole number. Blank: not known (never write 0 for "not known").' },
  { key: 'occupations', help: 'The occupations it touches, by id or title on the map, separated by semicolons (;).' },
  { key: 'sourceId', help: 'The id of one of the map’s sources that reports it.' },
  { key: 'note', help: 'Anything else.' },
] as const;

type Key = (typeof HIRING_EVENT_COLUMNS)[number]['key'];

/** A problem on a row: 1 is the header row, 2 the first event; the column by its key ('' for the whole row). */
export type HiringEventIssue = { row: number; column: string; message: string };

export type HiringEventsReading = { ok: true; events: HiringEvent[] } | { ok: false; issues: HiringEventIssue[] };

const KIND_WORDS = new Map<string, HiringEvent['kind']>(
  HIRING_EVENT_KINDS.flatMap((kind) => [[normalizeKey(kind), kind] as const, [normalizeKey(HIRING_KIND_LABELS[kind]), kind] as const]),
);
KIND_WORDS.set('other', 'other');

/** The map's events as rows of cells, headers first; text cells are formula-neutralised like every export. */
export function hiringEventRows(map: PathwayMap): string[][] {
  return [
    HIRING_EVENT_COLUMNS.map((column) => column.key),
    ...map.hiringEvents.map((event) => [
      escapeFormula(event.id),
      escapeFormula(event.date),
      event.kind,
      escapeFormula(event.employer),
      event.jobs === undefined ? '' : String(event.jobs),
      escapeFormula((event.occupationIds ?? []).join('; ')),
      escapeFormula(event.sourceId ?? ''),
      escapeFormula(event.note ?? ''),
    ]),
  ];
}

export const hiringEventsToCsv = (map: PathwayMap): string => toCsvText(hiringEventRows(map));

/**
 * Reads a hiring-events sheet against the map it is for: occupations by id or title, the source by
 * the map's ids. Every problem is reported with its row and column; nothing is read when any is found.
 */
export function readHiringEventsSheet(table: CsvTable, map: PathwayMap): HiringEventsReading {
  const issues: HiringEventIssue[] = [];
  const index = new Map<Key, number>();
  table.headers.forEach((header, position) => {
    const column = HIRING_EVENT_COLUMNS.find((candidate) => normalizeKey(candidate.key) === normalizeKey(header));
    if (column && !index.has(column.key)) index.set(column.key, position);
  });
  for (const key of ['date', 'kind', 'employer'] as const) {
    if (!index.has(key)) issues.push({ row: 1, column: key, message: `is missing: the header row needs a column headed "${key}"` });
  }
  if (issues.length > 0) return { ok: false, issues };

  const occupationIds = new Map<string, string>();
  for (const occupation of map.occupations) occupationIds.set(normalizeKey(occupation.title), occupation.id);
  for (const occupation of map.occupations) occupationIds.set(occupation.id, occupation.id); // an id wins over a title
  const sources = new Set(map.sources.map((source) => source.id));
  const taken = new Set(map.hiringEvents.map((event) => event.id));
  const written = new Set<string>();
  const events: HiringEvent[] = [];

  for (const { row, cells } of table.rows) {
    const cell = (key: Key) => {
      const position = index.get(key);
      return position === undefined ? '' : unescapeFormula((cells[position] ?? '').trim());
    };
    const problem = (column: string, message: string) => issues.push({ row, column, message });
    const event: Record<string, unknown> = { date: cell('date'), employer: cell('employer') };

    const kindText = cell('kind');
    const kind = KIND_WORDS.get(normalizeKey(kindText));
    if (kind) event.kind = kind;
    else problem('kind', kindText === '' ? 'is required' : `must be expansion, relocation, layoff or other, not "${kindText}"`);

    const jobs = cell('jobs').replace(/,/g, '');
    if (jobs !== '') {
      if (/^\d+$/.test(jobs)) event.jobs = Number(jobs);
      else problem('jobs', `must be a whole number of jobs, or blank when not known, not "${cell('jobs')}"`);
    }

    const names = cell('occupations').split(';').map((name) => name.trim()).filter((name) => name !== '');
    const ids = names.map((name) => occupationIds.get(name) ?? occupationIds.get(normalizeKey(name)));
    names.forEach((name, position) => {
      if (ids[position] === undefined) problem('occupations', `names "${name}", which isn't an occupation's id or title on this map`);
    });
    if (names.length > 0) event.occupationIds = [...new Set(ids.filter((id): id is string => id !== undefined))];

    const sourceId = cell('sourceId');
    if (sourceId !== '') {
      if (sources.has(sourceId)) event.sourceId = sourceId;
      else problem('sourceId', `names the source "${sourceId}", which isn't in the map's sources`);
    }
    if (cell('note') !== '') event.note = cell('note');

    const id = cell('id') || uniqueId(`${slugify(event.employer).slice(0, 30) || 'event'}-${cell('date').slice(0, 10)}`, new Set([...taken, ...written]));
    if (written.has(id)) problem('id', `"${id}" is already used by an earlier row`);
    written.add(id);
    event.id = id;

    const checked = HiringEvent.safeParse(event, { error: explainZodIssue });
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = String(issue.path[0] ?? '');
        const column = field === 'occupationIds' ? 'occupations' : field;
        if (!issues.some((earlier) => earlier.row === row && earlier.column === column)) problem(column, issue.message);
      }
      continue;
    }
    events.push(checked.data);
  }
  if (table.rows.length === 0) issues.push({ row: 0, column: '', message: 'The hiring events sheet has no rows under its header row.' });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, events };
}

/** "Row 4, jobs: must be …": an issue as a line of the list the user fixes the sheet from. */
export function formatHiringEventIssue(issue: HiringEventIssue): string {
  if (issue.row === 0) return issue.message;
  return issue.column === '' ? `Row ${issue.row}: ${issue.message}` : `Row ${issue.row}, ${issue.column}: ${issue.message}`;
}
