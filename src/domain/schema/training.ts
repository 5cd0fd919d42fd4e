import { z } from './zod';
import { amount, count, dollars, id, nonEmptyText, text, year } from './fields';
import { SafeUrl } from './url';

/** A program that prepares people for an occupation, with its capacity and completions in `year`, from the source named by sourceId. */
export const TrainingProgram = z.looseObject({
  name: nonEmptyText(),
  provider: text().optional(),
  url: SafeUrl.optional(),
  durationWeeks: amount().optional(),
  costUsd: dollars().optional(),
  capacity: count().optional(),
  completions: count().optional(),
  year: year().optional().describe('The year the capacity and completions count.'),
  sourceId: id().optional(),
});

export type TrainingProgram = z.infer<typeof TrainingProgram>;
