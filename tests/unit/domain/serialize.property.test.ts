import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseMap } from '../../../src/domain/parse';
import { serializeMap, serializeMapCompact } from '../../../src/domain/serialize';
import { validMap } from './arbitraries';

describe('serializeMap and parseMap, for generated maps', () => {
  it('parse(serialize(m)) gives back m, with no warnings', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        const result = parseMap(serializeMap(map));
        if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
        expect(result.warnings).toEqual([]);
        expect(result.map).toEqual(map);
      }),
      { numRuns: 150 },
    );
  });

  it('serialize is stable: serialize(parse(serialize(m))) is byte-identical', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        const text = serializeMap(map);
        const result = parseMap(text);
        expect(result.ok && serializeMap(result.map)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  // The size limit measures the stored form with JSON.stringify (checks/stored-size.ts): the same text in another key order.
  it('the stored form is as long as JSON.stringify writes the map', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        expect(serializeMapCompact(map).length).toBe(JSON.stringify(map).length);
      }),
      { numRuns: 150 },
    );
  });

  it('parseMap never throws, whatever text it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const result = parseMap(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
