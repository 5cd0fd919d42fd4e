import { describe, expect, it } from 'vitest';
import { toLayoutMap } from '../../../src/layout/layout-map';
import { CARD_WIDTH } from '../../../src/layout/card-geometry';
import { ladderPositions } from '../../../src/layout/ladder-positions';
import { buildMap } from '../../support/build-map';

const groups = [
  { id: 'care', label: 'Direct care' },
  { id: 'lab', label: 'Laboratory' },
];

describe('ladderPositions', () => {
  it('puts entry, middle and advanced occupations in columns from left to right', () => {
    const map = buildMap({
      groups,
      occupations: [
        { id: 'rn', title: 'RN', groupId: 'care', level: 'advanced' },
        { id: 'cna', title: 'CNA', groupId: 'care', level: 'entry' },
        { id: 'lpn', title: 'LPN', groupId: 'care', level: 'middle' },
      ],
    });
    const positions = ladderPositions(toLayoutMap(map));
    const x = (id: string) => positions.get(id)?.x ?? Number.NaN;
    expect(x('cna')).toBe(0);
    expect(x('lpn')).toBeGreaterThan(x('cna') + CARD_WIDTH);
    expect(x('rn')).toBeGreaterThan(x('lpn') + CARD_WIDTH);
  });

  it('keeps each group in its own band, in the map\'s group order, with no overlapping cards', () => {
    const map = buildMap({
      groups,
      occupations: [
        { id: 'phleb', title: 'Phlebotomist', groupId: 'lab', level: 'entry' },
        { id: 'cna', title: 'CNA', groupId: 'care', level: 'entry' },
        { id: 'ma', title: 'Medical Assistant', groupId: 'care', level: 'entry' },
      ],
    });
    const positions = ladderPositions(toLayoutMap(map));
    const y = (id: string) => positions.get(id)?.y ?? Number.NaN;
    expect(y('cna')).toBeLessThan(y('ma'));
    expect(y('ma')).toBeLessThan(y('phleb'));
    const points = [...positions.values()].map((point) => `${point.x},${point.y}`);
    expect(new Set(points).size).toBe(points.length);
  });

  it('places every occupation, even without a level or group, and keeps saved positions', () => {
    const map = buildMap({
      occupations: [
        { id: 'a', title: 'No level or group' },
        { id: 'b', title: 'Placed by hand', level: 'middle', position: { x: 1234, y: -56 } },
      ],
    });
    const positions = ladderPositions(toLayoutMap(map));
    expect(positions.get('a')).toEqual({ x: 0, y: expect.any(Number) });
    expect(positions.get('b')).toEqual({ x: 1234, y: -56 });
  });

  it("places step cards too, in the column of their level, in the map's order of levels", () => {
    const map = buildMap({
      schemaVersion: 2,
      levels: [
        { id: 'term-1', label: 'Term 1' },
        { id: 'term-2', label: 'Term 2' },
        { id: 'term-3', label: 'Term 3' },
        { id: 'term-4', label: 'Term 4' },
        { id: 'term-5', label: 'Term 5' },
      ],
      occupations: [{ id: 'welder', title: 'Welder', level: 'term-5' }],
      steps: [
        { id: 'blueprints', kind: 'program', programType: 'training', title: 'Blueprint reading', level: 'term-2' },
        { id: 'aws', kind: 'credential', credentialType: 'certification', title: 'AWS D1.1', level: 'term-4' },
      ],
    });
    const positions = ladderPositions(toLayoutMap(map));
    const x = (id: string) => positions.get(id)?.x ?? Number.NaN;
    expect(x('blueprints')).toBeGreaterThan(0);
    expect(x('aws')).toBeGreaterThan(x('blueprints') + CARD_WIDTH);
    expect(x('welder')).toBeGreaterThan(x('aws') + CARD_WIDTH);
  });
});
