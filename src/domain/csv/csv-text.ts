import Papa from 'papaparse';
import { formatNumber } from '../describe';
import { MAX_OCCUPATIONS, MAX_TRANSITIONS } from '../schema/limits';
import type { SheetName } from './columns';

/** One data row of a sheet, with its spreadsheet row number (the header is row 1). */
export type CsvRecord = { row: number; cells: string[] };
export type CsvTable = { headers: string[]; rows: CsvRecord[] };
export type CsvTextResult = { ok: true; table: CsvTable } | { ok: false; error: string };

export const MAX_ROWS: Readonly<Record<SheetName, number>> = { occupations: MAX_OCCUPATIONS, transitions: MAX_TRANSITIONS };

// Comma, tab or semicolon (what Excel writes where the decimal mark is a comma). Not "|": list
// cells use semicolons and words, never pipes, so a pipe guess could only be wrong.
const DELIMITERS = [',', '\t', ';'];

const SAVE_AS_CSV = 'In your spreadsheet, choose File → Save As (or Download) → "CSV UTF-8", then choose that file.';

function whyNotText(text: string): string | null {
  if (text.startsWith('PK\u0003\u0004')) return `This is an Excel workbook or other zip file, not a CSV file. ${SAVE_AS_CSV}`;
  // U+FFFD is what bytes that weren't UTF-8 decode to: an "ANSI" CSV from Excel, UTF-16 or a binary file.
  if (text.includes('\u0000') || text.includes('\uFFFD')) return `This file isn't UTF-8 text, so some characters can't be read. ${SAVE_AS_CSV}`;
  return null;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

function describeCsvError(error: Papa.ParseError): string | null {
  if (error.code === 'UndetectableDelimiter') return null; // a one-column sheet: comma is right
  const where = error.row === undefined ? '' : `Row ${error.row + 1}: `;
  if (error.code === 'MissingQuotes') return `${where}a cell opens a double quote (") that is never closed.`;
  if (error.code === 'InvalidQuotes') return `${where}a quoted cell has text after its closing double quote.`;
  return `${where}${error.message}.`;
}

/**
 * Line ends outside quoted cells made alike (\n). A sheet typed partly on Windows and partly
 * elsewhere mixes CRLF and LF; the CSV reader takes one kind from the start of the file and would
 * run the other kind's rows together. Line breaks inside a quoted cell are the cell's own: kept.
 */
export function unifyLineEnds(text: string): string {
  if (!text.includes('\r')) return text;
  // A quoted cell (its "" escapes included) is kept as it is; a line end outside one becomes \n.
  return text.replace(/"(?:[^"]|"")*"|\r\n?/g, (match) => (match.startsWith('"') ? match : '\n'));
}

/**
 * Reads CSV text into a header row and data rows. Empty lines are skipped, but every row keeps its
 * spreadsheet row number, so messages point at the row the user sees.
 */
export function parseCsvText(text: string, sheet: SheetName): CsvTextResult {
  const body = unifyLineEnds(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (body.trim() === '') return { ok: false, error: 'The file is empty.' };
  const notText = whyNotText(body);
  if (notText) return { ok: false, error: notText };

  // Papa guesses the delimiter only when empty lines are skipped; the full parse keeps them for numbering.
  const { delimiter } = Papa.parse<string[]>(body, { preview: 10, newline: '\n', skipEmptyLines: true, delimitersToGuess: DELIMITERS }).meta;
  const parsed = Papa.parse<string[]>(body, { delimiter, newline: '\n', skipEmptyLines: false });
  const problem = parsed.errors.map(describeCsvError).find((message) => message !== null);
  if (problem) return { ok: false, error: `The file isn't readable CSV. ${problem}` };

  const [headers = [], ...lines] = parsed.data;
  const rows: CsvRecord[] = [];
  lines.forEach((cells, index) => {
    if (!isBlank(cells)) rows.push({ row: index + 2, cells });
  });
  if (isBlank(headers)) return { ok: false, error: 'The first row is empty; it should hold the column names.' };
  const max = MAX_ROWS[sheet];
  if (rows.length > max) {
    return {
      ok: false,
      error: `The ${sheet} sheet has ${formatNumber(rows.length)} rows; a map can have at most ${formatNumber(max)} ${sheet}.`,
    };
  }
  return { ok: true, table: { headers: headers.map((header) => header.trim()), rows } };
}

/** CSV text from rows of cells (the first row being the headers), with the CRLF line ends RFC 4180 asks for. */
export function toCsvText(rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse(rows.map((row) => [...row]), { newline: '\r\n' })}\r\n`;
}
