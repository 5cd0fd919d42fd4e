import { z } from './zod';
import { quote } from '../describe';
import { isoDate, nonEmptyText, ownId, text, year } from './fields';
import { MAX_STRING_LENGTH } from './limits';
import { explainUnsafeUrl, isSafeUrl } from './url';

/** True for absolute http: and https: addresses: a source is a page someone can open, never a mail address. */
export function isWebUrl(url: string): boolean {
  return isSafeUrl(url) && /^https?:$/.test(new URL(url).protocol);
}

const WebUrl = z
  .string()
  .max(MAX_STRING_LENGTH)
  .refine(isWebUrl, {
    error: (iss) => {
      if (typeof iss.input !== 'string') return undefined;
      // The same words as any link for what no link may be; a mail address is only wrong here.
      return isSafeUrl(iss.input)
        ? `must be a web address starting with https:// or http://, not ${quote(iss.input)}`
        : explainUnsafeUrl(iss.input);
    },
  })
  .describe('An absolute http: or https: address, as read by the WHATWG URL parser.');

/**
 * Where figures, flags, cards and moves came from. `label` is the source's title (the field kept its
 * v2 name so files already written stay valid); `year` is the year of the figures, `retrieved` the
 * day someone read the page.
 */
export const Source = z.looseObject({
  id: ownId(),
  label: nonEmptyText().describe("The source's title."),
  publisher: text().optional(),
  url: WebUrl.optional(),
  year: year().optional().describe('The year the figures are for.'),
  retrieved: isoDate().optional().describe('The date the source was read.'),
  notes: text().optional(),
});

export type Source = z.infer<typeof Source>;
