import { z } from './zod';
import { nonEmptyText } from './fields';
import { SafeUrl } from './url';

/** Further reading. */
export const Link = z.looseObject({
  label: nonEmptyText(),
  url: SafeUrl,
});

export type Link = z.infer<typeof Link>;
