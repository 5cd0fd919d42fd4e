import { z } from './zod';
import { count, id, percent, year } from './fields';

/** Openings, growth and who holds the jobs, from the source named by sourceId. */
export const LaborMarket = z.looseObject({
  annualOpenings: count().optional(),
  growthPct: z.number().min(-100).optional(),
  employment: count().optional(),
  femalePct: percent().optional(),
  minorityPct: percent().optional(),
  year: year().optional(),
  sourceId: id().optional(),
});

export type LaborMarket = z.infer<typeof LaborMarket>;
