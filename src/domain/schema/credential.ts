import { z } from './zod';
import { nonEmptyText, sourceIds, text } from './fields';
import { SafeUrl } from './url';

export const CREDENTIAL_KINDS = ['license', 'certification', 'certificate', 'degree'] as const;

/** A license, certification, certificate or degree an occupation asks for. */
export const Credential = z.looseObject({
  name: nonEmptyText(),
  kind: z.enum(CREDENTIAL_KINDS),
  issuer: text().optional(),
  url: SafeUrl.optional(),
  sourceIds: sourceIds(),
});

export type Credential = z.infer<typeof Credential>;
