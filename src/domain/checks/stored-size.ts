import type { ParseIssue } from '../issues';
import { utf8ByteLength } from '../input/text-checks';
import { MAX_FILE_BYTES } from '../schema/limits';
import type { PathwayMap } from '../schema/map';
import { formatSize } from '../size-words';

// The canonical form can be longer than the text that came in: a number is written the way
// JavaScript writes it ("1e20" becomes 21 digits, at most about 5 times longer with its comma),
// and missing ids and lists are filled in. Text under a sixth of the limit cannot reach it.
const ALWAYS_FITS = Math.floor(MAX_FILE_BYTES / 6);

/**
 * The limit applies to what is stored and exported, not only to what came in: a map whose
 * canonical JSON is over the limit is refused now, rather than stored and unreadable after a reload.
 */
export function checkStoredSize(map: PathwayMap, input: string): ParseIssue | null {
  if (utf8ByteLength(input, ALWAYS_FITS) <= ALWAYS_FITS) return null;
  // The stored form (serializeMapCompact) is JSON.stringify's text with the keys in canonical order:
  // the same bytes in another order. The engine's own writer measures it several times faster.
  const bytes = utf8ByteLength(JSON.stringify(map), MAX_FILE_BYTES);
  if (bytes <= MAX_FILE_BYTES) return null;
  return {
    path: '',
    message: `Written out in full (numbers as digits, missing ids and lists filled in) this map is more than ${formatSize(MAX_FILE_BYTES)} (${MAX_FILE_BYTES.toLocaleString('en-US')} bytes), the most a map can be, so it can't be kept.`,
  };
}
