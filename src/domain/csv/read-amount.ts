import { formatNumber } from '../describe';

// Spreadsheets write money as people do: "$45,000", "45k", "15 $/hr", "$22.50 an hour". The reader
// takes those when the number is unambiguous and says what it read; anything else stays text, so
// parseMap explains it ("must be a number of dollars, not …").

export type AmountUnit = 'hour' | 'year';
export type AmountReading = { value: number; unit?: AmountUnit; note?: string };

const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
// Thousands separators only where they group threes: "1,200,000" yes, "1,20" no (a decimal comma?).
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SIMPLE = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

const HOURLY = /\s*(?:\$?\s*\/\s*(?:hr|hour|h)|per\s+hour|an\s+hour|hourly|\/hr\.?)$/i;
const YEARLY = /\s*(?:\$?\s*\/\s*(?:yr|year|y)|per\s+year|a\s+year|annually|annual|yearly)$/i;

function stripUnit(text: string): { rest: string; unit?: AmountUnit } {
  if (HOURLY.test(text)) return { rest: text.replace(HOURLY, ''), unit: 'hour' };
  if (YEARLY.test(text)) return { rest: text.replace(YEARLY, ''), unit: 'year' };
  return { rest: text };
}

function finite(number: number): number | null {
  return Number.isFinite(number) ? number : null;
}

/** A plain number as spreadsheets write it, or null. "1e400" is not a number here (it overflows). */
export function readPlainNumber(text: string): number | null {
  return PLAIN.test(text) ? finite(Number(text)) : null;
}

/**
 * A number with thousands separators ("1,200"), or null. Plain numbers come back without a note.
 */
export function readNumber(text: string): AmountReading | null {
  const plain = readPlainNumber(text);
  if (plain !== null) return { value: plain };
  if (!GROUPED.test(text)) return null;
  const value = finite(Number(text.replace(/,/g, '')));
  return value === null ? null : { value, note: `${quoteCell(text)} read as ${formatNumber(value)}` };
}

/**
 * An amount of dollars: "$45,000", "45k", "$57.5K", "15 $/hr", "$22.50 an hour", "USD 30,000 a year".
 * `allowUnit` is for wage cells, where "$/hr" says the wage is hourly. Null when it isn't a clear amount.
 */
export function readAmount(text: string, allowUnit: boolean): AmountReading | null {
  const plain = readPlainNumber(text);
  if (plain !== null) return { value: plain };
  const { rest, unit } = allowUnit ? stripUnit(text.trim()) : { rest: text.trim() };
  let digits = rest
    .replace(/^USD\s*/i, '')
    .replace(/\s*USD$/i, '')
    .replace(/^\$\s*/, '')
    .replace(/\s*\$$/, '')
    .trim();
  let scale = 1;
  if (/\s*k$/i.test(digits)) {
    scale = 1000;
    digits = digits.replace(/\s*k$/i, '');
  }
  if (!SIMPLE.test(digits) && !GROUPED.test(digits)) return null;
  const value = finite(Number(digits.replace(/,/g, '')) * scale);
  if (value === null) return null;
  // Rounded to cents: 57.3k is 57300, not 57299.99999.
  const rounded = Math.round(value * 100) / 100;
  const said = `$${formatNumber(rounded)}${unit === 'hour' ? ' an hour' : unit === 'year' ? ' a year' : ''}`;
  return { value: rounded, ...(unit ? { unit } : {}), note: `${quoteCell(text)} read as ${said}` };
}

/** A cell's text in a note: quoted and short. */
export function quoteCell(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `"${shown}"`;
}
