import { z } from './zod';
import { formatNumber } from '../describe';
import { dollars, id, text, year } from './fields';
import { WAGE_STATISTICS } from '../wage-statistic';

export const WAGE_UNITS = ['hour', 'year'] as const;

type Bounds = { min?: number | undefined; median?: number | undefined; max?: number | undefined };
type Key = keyof Bounds;

function isAbove(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined && b !== undefined && a > b;
}

/** Where a range runs backwards, as [field that is too high, the field it passes]. */
function inversions(wage: Bounds): Array<[Key, Key]> {
  const found: Array<[Key, Key]> = [];
  if (isAbove(wage.min, wage.median)) found.push(['min', 'median']);
  if (isAbove(wage.median, wage.max)) found.push(['median', 'max']);
  // min > max is only news when the median didn't already show it.
  if (found.length === 0 && isAbove(wage.min, wage.max)) found.push(['min', 'max']);
  return found;
}

/** A wage range in US dollars. A wage that isn't known is left out, never guessed. */
export const Wage = z
  .looseObject({
    statistic: z
      .enum(WAGE_STATISTICS)
      .optional()
      .describe(
        'What the figure in `median` is: mean, median, p10/p25/p75/p90 (percentiles), or employer-range (min and max are an employer-reported range, with no figure in `median`). Left out: not stated (never assumed to be a median).',
      ),
    min: dollars().optional(),
    median: dollars()
      .optional()
      .describe('The wage figure whose statistic `statistic` names (kept under this key for compatibility; a mean when statistic is "mean").'),
    max: dollars().optional(),
    unit: z.enum(WAGE_UNITS),
    year: year().optional(),
    area: text().optional(),
    sourceId: id().optional(),
  })
  .superRefine((wage, ctx) => {
    if (wage.min === undefined && wage.median === undefined && wage.max === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: "needs at least one of min, median (the wage figure) or max; leave the wage out if it isn't known",
      });
    }
    if (wage.statistic === 'employer-range' && wage.median !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['median'],
        message: 'an employer-reported range has only a min and a max; give the figure another statistic, or leave it out',
      });
    }
    for (const [high, low] of inversions(wage)) {
      ctx.addIssue({
        code: 'custom',
        path: [high],
        message: `is more than the ${low} (${formatNumber(wage[high] ?? 0)} > ${formatNumber(wage[low] ?? 0)}); a wage range runs min ≤ median ≤ max`,
      });
    }
  })
  .describe(
    'US dollars per hour or per year. At least one of min, median, max; where present, min ≤ median ≤ max. `statistic` says which statistic the `median` figure is.',
  );

export type Wage = z.infer<typeof Wage>;
