import { z } from './zod';
import { amount, count, dollars, nonEmptyText, text } from './fields';
import { SafeUrl } from './url';

/** A program that prepares people for an occupation, with its capacity and completions. */
export const TrainingProgram = z.looseObject({
  name: nonEmptyText(),
  provider: text().optional(),
  url: SafeUrl.optional(),
  durationWeeks: amount().optional(),
  costUsd: dollars().optional(),
  capacity: count().optional(),
  completions: count().optional(),
});

export type TrainingProgram = z.infer<typeof TrainingProgram>;
