import { z } from './zod';
import { quote } from '../describe';
import { MAX_STRING_LENGTH } from './limits';

// Decided by the WHATWG parser, never a regex: the parser is what the browser uses for an href, and
// it reads `java\tscript:` and ` \x01javascript:` as `javascript:` where a regex would not.
const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

function parseAbsolute(url: string): URL | null {
  try {
    return new URL(url); // no base: a relative address throws and is refused
  } catch {
    return null;
  }
}

/** True only for absolute http:, https: and mailto: addresses. The UI checks again before rendering a link. */
export function isSafeUrl(url: string): boolean {
  if (typeof url !== 'string') return false;
  const parsed = parseAbsolute(url);
  return parsed !== null && SAFE_PROTOCOLS.has(parsed.protocol);
}

/** Why a URL was refused, in words a coach understands. */
export function explainUnsafeUrl(url: string): string {
  const parsed = parseAbsolute(url);
  if (parsed === null) {
    return `must be a full web address starting with https:// (or a mailto: address), not ${quote(url)}`;
  }
  return `must be a web address starting with https:// or http:// (or a mailto: address); ${quote(parsed.protocol)} addresses are not allowed`;
}

/** A link target anywhere in a map. */
export const SafeUrl = z
  .string()
  .max(MAX_STRING_LENGTH)
  .refine(isSafeUrl, { error: (iss) => (typeof iss.input === 'string' ? explainUnsafeUrl(iss.input) : undefined) })
  .describe('An absolute http:, https: or mailto: address, as read by the WHATWG URL parser; anything else is refused.');
