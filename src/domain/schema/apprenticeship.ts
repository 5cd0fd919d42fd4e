import { z } from './zod';
import { amount, dollars, nonEmptyText, text } from './fields';
import { SafeUrl } from './url';

export const ApprenticeshipProgram = z.looseObject({
  name: nonEmptyText(),
  sponsor: text().optional(),
  url: SafeUrl.optional(),
  durationMonths: amount().optional(),
  startingWage: dollars().optional().describe('Starting wage in US dollars per hour.'),
});

/** Registered and pre-apprenticeship programs: earn while you learn. */
export const Apprenticeship = z.looseObject({
  registered: z.boolean(),
  preApprenticeship: z.boolean().optional(),
  rapidsCode: text().optional(),
  programs: z.array(ApprenticeshipProgram).optional(),
});

export type ApprenticeshipProgram = z.infer<typeof ApprenticeshipProgram>;
export type Apprenticeship = z.infer<typeof Apprenticeship>;
