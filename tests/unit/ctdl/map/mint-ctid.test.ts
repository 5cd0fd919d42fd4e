import { describe, expect, it } from 'vitest';
import { deterministicCtid, isCtid, mintMissingCtids } from '../../../../src/domain/ctdl/mint-ctid';
import type { PathwayMap } from '../../../../src/domain/schema/map';

const map = {
  schemaVersion: 2,
  id: 'm',
  title: 'M',
  levels: [{ id: 'entry', label: 'Entry level' }],
  groups: [],
  occupations: [
    { id: 'a', title: 'A', componentCtid: 'ce-11111111-1111-4111-8111-111111111111' },
    { id: 'b', title: 'B' },
  ],
  steps: [{ id: 's', kind: 'milestone', title: 'S' }],
  transitions: [],
  hiringEvents: [],
  feedback: [],
  sources: [],
} as PathwayMap;

describe('mintMissingCtids', () => {
  it('gives cards and the map without a CTID one in the registry form, and never changes one', () => {
    const uuids = ['AAAAAAAA-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000003'];
    const { map: minted, minted: count } = mintMissingCtids(map, () => uuids.shift() as string);
    expect(count).toBe(3);
    expect(minted.occupations.map((o) => o.componentCtid)).toEqual(['ce-11111111-1111-4111-8111-111111111111', 'ce-aaaaaaaa-0000-4000-8000-000000000001']);
    expect(minted.steps[0]?.componentCtid).toBe('ce-aaaaaaaa-0000-4000-8000-000000000002');
    expect(minted.pathwayCtid).toBe('ce-aaaaaaaa-0000-4000-8000-000000000003');
    expect(map.occupations[1]?.componentCtid).toBeUndefined(); // pure
  });

  it('returns the same map when nothing is missing', () => {
    const { map: once } = mintMissingCtids(map, () => crypto.randomUUID());
    const again = mintMissingCtids(once, () => crypto.randomUUID());
    expect(again).toEqual({ map: once, minted: 0 });
    expect(again.map).toBe(once);
  });
});

describe('deterministicCtid', () => {
  it('is a CTID, the same for the same seed and different for another', () => {
    expect(isCtid(deterministicCtid('x'))).toBe(true);
    expect(deterministicCtid('x')).toBe(deterministicCtid('x'));
    expect(deterministicCtid('x')).not.toBe(deterministicCtid('y'));
    expect(deterministicCtid('x')).toMatch(/^ce-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
