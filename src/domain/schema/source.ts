import { z } from './zod';
import { nonEmptyText, ownId, year } from './fields';
import { SafeUrl } from './url';

/** Where labor-market figures came from. */
export const Source = z.looseObject({
  id: ownId(),
  label: nonEmptyText(),
  url: SafeUrl.optional(),
  year: year().optional(),
});

export type Source = z.infer<typeof Source>;
