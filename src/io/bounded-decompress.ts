// lz-string's decompressFromEncodedURIComponent, with a cap on what it unpacks. lz-string builds the
// whole text before we could measure it, and a 16 KB link can unpack to megabytes (LZW output grows
// with the square of its input), so the cap is checked as each piece is unpacked.
// Ported from lz-string 1.5 (MIT License, Copyright (c) 2013 pieroxy).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((char, index) => [char, index]));
const RESET = 32; // six bits per character

export const TOO_LARGE = Symbol('too large');

/**
 * The text in a share-link payload; null when the payload is damaged (as lz-string's '' or null),
 * TOO_LARGE as soon as more than `maxChars` characters have been unpacked.
 */
export function decompressBounded(payload: string, maxChars: number): string | null | typeof TOO_LARGE {
  const input = payload.replace(/ /g, '+');
  const next = (index: number) => VALUE.get(input.charAt(index)) ?? 0;
  let val = next(0);
  let position = RESET;
  let index = 1;
  const readBits = (count: number) => {
    let bits = 0;
    for (let power = 0; power < count; power++) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = RESET;
        val = next(index++);
      }
      if (bit > 0) bits |= 1 << power;
    }
    return bits;
  };

  const dictionary: string[] = [];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  const first = readBits(2);
  if (first > 1) return null; // 2 is the end mark; 3 is never written
  const c = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  dictionary[3] = c;
  let w = c;
  const result = [c];
  let total = 1;
  for (;;) {
    if (index > input.length) return null;
    let code = readBits(numBits);
    if (code === 2) return result.join('');
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = String.fromCharCode(readBits(code === 0 ? 8 : 16));
      code = dictSize - 1;
      enlargeIn--;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    const known = dictionary[code];
    const entry = known !== undefined ? known : code === dictSize ? w + w.charAt(0) : undefined;
    if (entry === undefined) return null;
    total += entry.length;
    if (total > maxChars) return TOO_LARGE;
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
