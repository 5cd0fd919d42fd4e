import { priceText } from '../../../domain/wage-words';

/**
 * The highest wage floor the filter takes, in dollars an hour. Far above any wage on a pathway map; a
 * bigger figure is a slip (a yearly salary, a held-down key), and would only make a chip too wide to show.
 */
export const MAX_WAGE_FLOOR = 1000;

/** What the wage box holds: a floor (undefined when empty), or why it is not one, in words for the user. */
export type WageFloorReading = { ok: true; floor: number | undefined } | { ok: false; problem: string };

export const NOT_AN_AMOUNT = 'Enter an hourly wage in dollars, 0 or more.';
export const TOO_HIGH = `Enter an hourly wage of ${priceText(MAX_WAGE_FLOOR)} or less. For a yearly salary, divide it by 2,080.`;

/** The text as a wage floor ("18.50", "$20", "1,000"). */
export function readWageFloor(text: string): WageFloorReading {
  const trimmed = text.trim().replace(/^\$\s*/, '').replace(/,/g, '');
  if (trimmed === '') return { ok: true, floor: undefined };
  // Digits with at most one point: no sign, so never below 0.
  if (!/^\d*\.?\d+$|^\d+\.$/.test(trimmed)) return { ok: false, problem: NOT_AN_AMOUNT };
  const amount = Number(trimmed);
  // A long run of digits can even overflow to Infinity: still just too high.
  if (amount > MAX_WAGE_FLOOR) return { ok: false, problem: TOO_HIGH };
  return { ok: true, floor: amount };
}
