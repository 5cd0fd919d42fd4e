import { z } from './zod';
import { count, id, percent, text, year } from './fields';

/** A span of years a projection covers, like 2020–2030; `to` is never before `from`. */
export const Period = z
  .looseObject({ from: year(), to: year() })
  .refine((period) => period.to >= period.from, {
    message: 'ends before it starts; a period runs from the earlier year to the later one',
    path: ['to'],
  })
  .describe('The years a projection covers, like {"from": 2020, "to": 2030}.');

export type Period = z.infer<typeof Period>;

/**
 * Openings, growth and who holds the jobs, from the source named by sourceId. The figures of one block
 * come from one table, so they share its area, period and source. Each field has one statistic, named
 * where it is shown: annualOpenings is the annual average over the period, growthPct the percent change
 * over the period, employment and the shares a count in `year`.
 */
export const LaborMarket = z.looseObject({
  annualOpenings: count().optional(),
  growthPct: z.number().min(-100).optional(),
  employment: count().optional(),
  femalePct: percent().optional(),
  minorityPct: percent().optional(),
  year: year().optional().describe('The year of the employment and representation figures.'),
  period: Period.optional().describe('The projection period of the openings and growth figures.'),
  area: text().optional().describe('Where the figures count, like "Massachusetts", "United States" or "Springfield, MA metro".'),
  notVerified: z.boolean().optional().describe('true when the figures could not be checked against their source.'),
  sourceId: id().optional(),
});

export type LaborMarket = z.infer<typeof LaborMarket>;
