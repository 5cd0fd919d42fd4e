import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressBounded, TOO_LARGE } from '../../../src/io/bounded-decompress';

describe('decompressBounded', () => {
  it('unpacks what lz-string packs, exactly as lz-string does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 800 }), (text) => {
        const payload = compressToEncodedURIComponent(text);
        expect(decompressBounded(payload, Infinity)).toBe(text === '' ? null : text);
      }),
      { numRuns: 80 },
    );
  });

  it('on damaged payloads, gives what lz-string gives or calls it damaged', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'), maxLength: 200 }), (payload) => {
        let expected: string | null;
        try {
          expected = decompressFromEncodedURIComponent(payload);
        } catch {
          expected = null; // lz-string throws on some damage
        }
        const result = decompressBounded(payload, Infinity);
        if (result !== null) expect(result).toBe(expected);
      }),
      { numRuns: 80 },
    );
  });

  it('stops as soon as the text passes the cap', () => {
    const payload = compressToEncodedURIComponent('['.repeat(12) + '1,'.repeat(600_000) + ']'.repeat(12));
    expect(payload.length).toBeLessThan(8_192);
    expect(decompressBounded(payload, 1_000_000)).toBe(TOO_LARGE);
  });
});
