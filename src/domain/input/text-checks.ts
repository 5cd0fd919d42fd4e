import type { ParseIssue } from '../issues';
import { MAX_FILE_BYTES } from '../schema/limits';
import { sizeOverLimit } from '../size-words';

const BOM = '\uFEFF';

export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** UTF-8 size without allocating an encoded copy; stops counting once past `limit`. */
export function utf8ByteLength(text: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3; // includes lone surrogates, which encode as U+FFFD
  }
  return bytes;
}

function isTooLarge(text: string): boolean {
  if (text.length > MAX_FILE_BYTES) return true; // every UTF-16 unit is at least one byte
  if (text.length * 3 <= MAX_FILE_BYTES) return false; // no UTF-16 unit is more than three
  return utf8ByteLength(text, MAX_FILE_BYTES) > MAX_FILE_BYTES;
}

// Decoded as UTF-8, a binary file's first bytes look like these.
const SIGNATURES: ReadonlyArray<[prefix: string, what: string]> = [
  ['\uFFFDPNG', 'a PNG image'],
  ['GIF87a', 'a GIF image'],
  ['GIF89a', 'a GIF image'],
  ['%PDF-', 'a PDF document'],
  ['PK\u0003\u0004', 'a zip file (or a Word or Excel document)'],
  ['\uFFFD\uFFFD\uFFFD', 'an image or other binary file'],
];

const REPLACEMENT = 0xfffd;

/** NUL, other controls that never appear in text, or bytes that weren't UTF-8. */
function isBinaryCode(code: number): boolean {
  return code === REPLACEMENT || (code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13);
}

function looksBinary(text: string): string | null {
  for (const [prefix, what] of SIGNATURES) if (text.startsWith(prefix)) return what;
  const head = text.slice(0, 1024);
  // UTF-16 with a byte-order mark: FF FE (two replacement characters), then NUL after every ASCII letter.
  if (head.startsWith('\uFFFD\uFFFD') && head.includes('\u0000')) return 'UTF-16';
  for (let i = 0; i < head.length; i++) if (isBinaryCode(head.charCodeAt(i))) return 'an image or other binary file';
  return null;
}

/** Problems visible before reading any JSON: an empty, oversized or binary file. */
export function checkText(text: string): ParseIssue | null {
  const body = stripBom(text);
  if (body.trim() === '') return { path: '', message: 'The file is empty.' };
  if (isTooLarge(text)) {
    const words = sizeOverLimit(utf8ByteLength(text), MAX_FILE_BYTES);
    return { path: '', message: `The file is too large (${words.size}); a map file can be at most ${words.limit}.` };
  }
  // A map always opens with "{"; only text that doesn't is worth a closer look.
  if (body.trimStart().startsWith('{')) return null;
  const binary = looksBinary(body);
  if (binary === 'UTF-16') {
    return { path: '', message: 'This file is saved as UTF-16 text; save it as UTF-8 and try again.' };
  }
  if (binary) return { path: '', message: `This looks like ${binary}, not a JSON map. Choose the .json file of a Pathway Studio map.` };
  if (/^\s*</.test(body)) return { path: '', message: 'This looks like an HTML or XML file, not a JSON map. Choose the .json file of a Pathway Studio map.' };
  return null;
}
