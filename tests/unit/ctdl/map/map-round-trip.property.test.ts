import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ctdlToMap } from '../../../../src/domain/ctdl/ctdl-to-map';
import { mapToCtdl } from '../../../../src/domain/ctdl/map-to-ctdl';
import { formatIssue } from '../../../../src/domain/parse';
import { validMap } from '../../domain/arbitraries';
import { mapWithSteps } from './support/map-with-steps';

function roundTrip(map: Parameters<typeof mapToCtdl>[0]) {
  const result = ctdlToMap(mapToCtdl(map));
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return result;
}

describe('map → CTDL → map, for generated maps', () => {
  it('gives back the same map (occupations, moves, groups, sources, unknown fields…)', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        const back = roundTrip(map);
        expect(back.map).toEqual(map);
        expect(back.report.warnings).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('gives back the same map with steps of every kind, ways in, custom levels, CTIDs and a goal', () => {
    fc.assert(
      fc.property(mapWithSteps, (map) => {
        expect(roundTrip(map).map).toEqual(map);
      }),
      { numRuns: 150 },
    );
  });

  it('writes the same graph every time (minted CTIDs are stable)', () => {
    fc.assert(
      fc.property(mapWithSteps, (map) => {
        expect(mapToCtdl(map)).toEqual(mapToCtdl(structuredClone(map)));
      }),
      { numRuns: 50 },
    );
  });
});
