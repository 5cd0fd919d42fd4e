import { quote } from '../describe';
import { readNumber } from '../csv/read-amount';
import type { SheetFigure } from './wage-sheet';

/** A located message: "Row 4, A_MEAN: …". */
export const at = (row: number, column: string, message: string) => `Row ${row}, ${column}: ${message}`;

/**
 * A wage cell: a number of dollars ("1,234.5" too), OEWS's '*' (not available; '**' too) or '#'
 * (top-coded: above the highest figure OEWS publishes), or undefined when blank. A string is the
 * reason it can't be read.
 */
export function readFigure(text: string): SheetFigure | undefined | string {
  const cell = text.trim().replace(/^\$/, '');
  if (cell === '') return undefined;
  if (/^\*+$/.test(cell)) return { unavailable: '*' };
  if (cell === '#') return { unavailable: '#' };
  const number = readNumber(cell);
  if (number === null || number.value < 0) return `${quote(text.trim())} isn't a wage figure: write a number of dollars, or * or # as OEWS does`;
  return { amount: number.value };
}

/** A year cell (2024), undefined when blank, or the reason it can't be read. */
export function readYear(text: string): number | undefined | string {
  const cell = text.trim();
  if (cell === '') return undefined;
  return /^(19|20|21)\d{2}$/.test(cell) ? Number(cell) : `${quote(cell)} isn't a year like 2024`;
}

/** Headers compared without case, spaces or underscores: "OCC_CODE", "occ code" and "OccCode" alike. */
export const headerKey = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, '');
