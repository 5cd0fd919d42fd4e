import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactJson } from '../../../src/io/compact-json';

describe('compactJson', () => {
  it('drops the whitespace between tokens and keeps it inside strings', () => {
    const text = '{\n  "title": "A  map \\"quoted\\" \\\\",\n  "2024": [\n    1,\n    "x y"\n  ]\n}\n';
    expect(compactJson(text)).toBe('{"title":"A  map \\"quoted\\" \\\\","2024":[1,"x y"]}');
  });

  it('gives the same value, with keys in the same order, for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const compact = compactJson(text);
        expect(compact).toBe(JSON.stringify(JSON.parse(text)));
      }),
      { numRuns: 300 },
    );
  });
});
