import { z } from './zod';
import { formatNumber } from '../describe';
import { dollars, id, isoDate, text, year } from './fields';
import { WAGE_STATISTICS } from '../wage-statistic';

export const WAGE_UNITS = ['hour', 'year'] as const;

type Bounds = { min?: number | undefined; amount?: number | undefined; max?: number | undefined };
type Key = keyof Bounds;

function isAbove(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined && b !== undefined && a > b;
}

/** Where a range runs backwards, as [field that is too high, the field it passes]. */
function inversions(wage: Bounds): Array<[Key, Key]> {
  const found: Array<[Key, Key]> = [];
  if (isAbove(wage.min, wage.amount)) found.push(['min', 'amount']);
  if (isAbove(wage.amount, wage.max)) found.push(['amount', 'max']);
  // min > max is only news when the amount didn't already show it.
  if (found.length === 0 && isAbove(wage.min, wage.max)) found.push(['min', 'max']);
  return found;
}

const wageFields = {
  statistic: z
    .enum(WAGE_STATISTICS)
    .optional()
    .describe(
      'What the figure in `amount` is: mean, median, p10/p25/p75/p90 (percentiles), or employer-range (min and max are an employer-reported range, with no `amount`). Left out: not stated (never assumed to be a median).',
    ),
  min: dollars().optional(),
  amount: dollars()
    .optional()
    .describe('The wage figure, of the statistic `statistic` names (a mean when statistic is "mean"). Files written before this key was named `amount` called it `median`; they are read as `amount`.'),
  max: dollars().optional(),
  unit: z.enum(WAGE_UNITS),
  year: year().optional(),
  area: text().optional(),
  notVerified: z.boolean().optional().describe('true when the wage could not be checked against its source; shown as "(not verified)".'),
  sourceId: id().optional(),
};

function checkWage(wage: Bounds & { statistic?: string | undefined }, ctx: z.RefinementCtx): void {
  if (wage.min === undefined && wage.amount === undefined && wage.max === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: "needs at least one of min, amount (the wage figure) or max; leave the wage out if it isn't known",
    });
  }
  if (wage.statistic === 'employer-range' && wage.amount !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['amount'],
      message: 'an employer-reported range has only a min and a max; give the figure another statistic, or leave it out',
    });
  }
  for (const [high, low] of inversions(wage)) {
    ctx.addIssue({
      code: 'custom',
      path: [high],
      message: `is more than the ${low} (${formatNumber(wage[high] ?? 0)} > ${formatNumber(wage[low] ?? 0)}); a wage range runs min ≤ amount ≤ max`,
    });
  }
}

/** A wage range in US dollars. A wage that isn't known is left out, never guessed. */
export const Wage = z
  .looseObject(wageFields)
  .superRefine(checkWage)
  .describe(
    'US dollars per hour or per year. At least one of min, amount, max; where present, min ≤ amount ≤ max. `statistic` says which statistic the `amount` figure is.',
  );

/** A wage a card had before "Update wages from a sheet" replaced it, with the day it was replaced. */
export const EarlierWage = z
  .looseObject({ ...wageFields, replacedOn: isoDate() })
  .superRefine(checkWage)
  .describe('A wage the card had before it was replaced (same fields as Wage), and `replacedOn`, the day it was replaced.');

export type EarlierWage = z.infer<typeof EarlierWage>;

/** How many earlier wages a card keeps (the oldest go first). */
export const MAX_WAGE_HISTORY = 50;
export type Wage = z.infer<typeof Wage>;
