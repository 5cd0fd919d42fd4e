import type { AmountUnit } from './read-amount';

/** A wage cell that said its unit ("15 $/hr"), by its column. */
export type WageUnitMark = { column: string; unit: AmountUnit };

type Item = Record<string, unknown>;

const UNIT_WORDS: Record<AmountUnit, string> = { hour: 'hourly', year: 'yearly' };

/**
 * A wage written "15 $/hr" says its unit: it fills the wage's unit when the sheet gives none, and is
 * a problem when it disagrees with the wageUnit column or another wage cell of the row.
 */
export function applyWageUnit(item: Item, marks: readonly WageUnitMark[]): { column: string; message: string } | null {
  const first = marks[0];
  if (!first) return null;
  const other = marks.find((mark) => mark.unit !== first.unit);
  if (other) return { column: other.column, message: `says ${UNIT_WORDS[other.unit]} but ${first.column} says ${UNIT_WORDS[first.unit]}` };
  const wage = item.wage;
  if (wage === null || typeof wage !== 'object') return null;
  const given = (wage as Item).unit;
  if (given === undefined) {
    (wage as Item).unit = first.unit;
    return null;
  }
  return given === first.unit ? null : { column: first.column, message: `says ${UNIT_WORDS[first.unit]} but wageUnit says ${String(given)}` };
}
