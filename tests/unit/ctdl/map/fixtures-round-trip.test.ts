import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ctdlToMap } from '../../../../src/domain/ctdl/ctdl-to-map';
import { mapToCtdl } from '../../../../src/domain/ctdl/map-to-ctdl';
import { formatIssue, parseMap } from '../../../../src/domain/parse';

const samples = readdirSync('fixtures').filter((name) => name.endsWith('.json'));

describe('the sample maps survive map → CTDL → map', () => {
  it('has the five samples', () => expect(samples.length).toBe(5));
  for (const name of samples) {
    it(name, () => {
      const parsed = parseMap(readFileSync(`fixtures/${name}`, 'utf8'));
      if (!parsed.ok) throw new Error(parsed.errors.map(formatIssue).join('\n'));
      const back = ctdlToMap(mapToCtdl(parsed.map));
      if (!back.ok) throw new Error(back.errors.map(formatIssue).join('\n'));
      expect(back.map).toEqual(parsed.map);
      expect(back.report.warnings).toEqual([]);
      expect(back.report.notKept).toEqual([]);
    });
  }
});
