import { z } from './zod';
import { amount, dollars, nonEmptyText, sourceIds, text } from './fields';
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
  // Cited for the block as a whole: the registration, the RAPIDS code and the programs usually come
  // from one registry listing, so one list of sources says where all of them were found.
  sourceIds: sourceIds(),
});

export type ApprenticeshipProgram = z.infer<typeof ApprenticeshipProgram>;
export type Apprenticeship = z.infer<typeof Apprenticeship>;
