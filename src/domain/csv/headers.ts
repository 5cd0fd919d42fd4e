import { COLUMNS, REQUIRED_COLUMNS, STANDS_IN_FOR, type ColumnDef, type SheetName } from './columns';
import { isMapFactHeader } from './sheet-map-facts';
import { normalizeKey } from './vocabulary';

/** What one header of a sheet was read as: a documented column, or ignored and why. */
export type HeaderMatch = { header: string; index: number; column: ColumnDef | null; note: string };

export type HeaderReading = {
  matches: HeaderMatch[];
  /** Documented keys of required columns the sheet lacks. */
  missing: string[];
};

function columnsByKey(columns: readonly ColumnDef[]): Map<string, ColumnDef> {
  const byKey = new Map<string, ColumnDef>();
  // Keys first, so an alias never takes a header that is another column's own name.
  for (const column of columns) byKey.set(normalizeKey(column.key), column);
  for (const column of columns) {
    for (const alias of column.aliases) if (!byKey.has(normalizeKey(alias))) byKey.set(normalizeKey(alias), column);
  }
  return byKey;
}

const LOOKUP: Readonly<Record<SheetName, Map<string, ColumnDef>>> = {
  occupations: columnsByKey(COLUMNS.occupations),
  transitions: columnsByKey(COLUMNS.transitions),
};

/** The column a header names, compared without case, spaces or punctuation ("Wage min" → wageMin). */
export function findColumn(sheet: SheetName, header: string): ColumnDef | null {
  return LOOKUP[sheet].get(normalizeKey(header)) ?? null;
}

/**
 * Reads a sheet's header row. Unknown headers are ignored (and said so in the preview); a second
 * header for a column already given is ignored too, so one cell never silently overwrites another.
 */
export function matchHeaders(sheet: SheetName, headers: readonly string[]): HeaderReading {
  const taken = new Map<string, string>();
  const matches = headers.map((header, index): HeaderMatch => {
    if (header.trim() === '') return { header, index, column: null, note: 'ignored: no header' };
    const column = findColumn(sheet, header);
    if (!column && sheet === 'occupations' && isMapFactHeader(header)) return { header, index, column: null, note: "ignored: the first row's value is the map's" };
    if (!column) return { header, index, column: null, note: 'ignored: not a known column' };
    const first = taken.get(column.key);
    if (first !== undefined) return { header, index, column: null, note: `ignored: "${first}" already gives ${column.key}` };
    taken.set(column.key, header);
    return { header, index, column, note: `→ ${column.key}` };
  });
  // Without a kind column every row is an occupation (a v1 sheet): a column only step cards have
  // is ignored, as it was before step cards, rather than reported on every row.
  if (sheet === 'occupations' && !taken.has('kind')) {
    matches.forEach((match, index) => {
      if (match.column?.kinds && !match.column.kinds.includes('occupation')) {
        matches[index] = { ...match, column: null, note: `ignored: ${match.column.key} is for step cards, and the sheet has no kind column` };
      }
    });
  }
  const given = new Set([...taken.keys()].map((key) => STANDS_IN_FOR[key] ?? key));
  const missing = REQUIRED_COLUMNS[sheet].filter((key) => !taken.has(key) && !given.has(key));
  return { matches, missing };
}
