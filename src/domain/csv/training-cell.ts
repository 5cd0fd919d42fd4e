import { quote } from '../describe';
import type { CellReading } from './read-cells';
import { readAmount, readNumber } from './read-amount';

// An occupation's training programs in one cell, each program labelled part by part so the cell
// reads on its own and a part left out is simply not known:
//   "PN certificate | provider: Holyoke Community College | capacity: 30 | completions: 24 | year: 2024; CNA course | completions: 12"
// Programs are separated by ";", parts by "|"; a backslash keeps a ";", "|" or "\" in a name as text.

/** The labelled parts, in the order they are written, and the program field each fills. */
const PARTS = [
  ['provider', 'provider'],
  ['url', 'url'],
  ['weeks', 'durationWeeks'],
  ['cost', 'costUsd'],
  ['capacity', 'capacity'],
  ['completions', 'completions'],
  ['year', 'year'],
] as const;

const FIELD_OF = new Map<string, string>(PARTS);
const NUMBERS = new Set(['durationWeeks', 'capacity', 'completions', 'year']);

/** Splits at an unescaped separator, keeping escapes for the next split and removing them at the end. */
function split(text: string, separator: ';' | '|'): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\\' && index + 1 < text.length) {
      current += char + text[index + 1];
      index += 1;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

const unescape = (text: string) => text.replace(/\\(.)/g, '$1');
const escape = (text: string) => text.replace(/[\\;|]/g, (char) => `\\${char}`);

/** A part's value: a number where the field is one (the text itself when it isn't, for parseMap to explain). */
function partValue(field: string, text: string): unknown {
  if (field === 'costUsd') return readAmount(text, false)?.value ?? text;
  if (NUMBERS.has(field)) return readNumber(text)?.value ?? text;
  return text;
}

/** The programs a cell names; a part without a known label is a problem on the cell. */
export function readTrainingCell(text: string): CellReading {
  const programs: Record<string, unknown>[] = [];
  for (const item of split(text, ';')) {
    const [name = '', ...parts] = split(item, '|');
    const program: Record<string, unknown> = { name: unescape(name) };
    for (const part of parts) {
      const colon = part.indexOf(':');
      const field = colon > 0 ? FIELD_OF.get(part.slice(0, colon).trim().toLowerCase()) : undefined;
      if (field === undefined) {
        const labels = PARTS.map(([label]) => label).join(', ');
        return { problem: `${quote(unescape(part))} in the program ${quote(unescape(name))} needs a label first, one of ${labels}, like "completions: 24"` };
      }
      program[field] = partValue(field, unescape(part.slice(colon + 1).trim()));
    }
    programs.push(program);
  }
  return programs.length === 0 ? null : { value: programs };
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

/** The cell text of a list of programs, read back to the same programs by readTrainingCell. */
export function writeTrainingCell(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value
    .filter(isRecord)
    .filter((program) => typeof program.name === 'string')
    .map((program) => {
      const parts = PARTS.flatMap(([label, field]) => {
        const part = program[field];
        return typeof part === 'string' || typeof part === 'number' ? [`${label}: ${escape(String(part))}`] : [];
      });
      return [escape(String(program.name)), ...parts].join(' | ');
    })
    .join('; ');
}
