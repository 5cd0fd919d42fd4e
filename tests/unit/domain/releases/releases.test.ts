import { describe, expect, it } from 'vitest';
import { changesSinceLastRelease } from '../../../../src/domain/releases/change-summary';
import { latestRelease, releasesNewestFirst } from '../../../../src/domain/releases/release-order';
import { PathwayMap } from '../../../../src/domain/schema/map';

const map = (fields: Record<string, unknown>) => PathwayMap.parse({ schemaVersion: 2, id: 'm', title: 'M', ...fields });

describe('releases, newest first', () => {
  it('orders by day, and of two on one day puts the one recorded later first', () => {
    const releases = [
      { id: 'a', date: '2025-05-01', changes: '' },
      { id: 'b', date: '2026-05-01', changes: '' },
      { id: 'c', date: '2024-05-01', changes: '' },
      { id: 'd', date: '2026-05-01T09:00:00Z', changes: '' },
    ];
    expect(releasesNewestFirst(map({ releases })).map((release) => release.id)).toEqual(['d', 'b', 'a', 'c']);
    expect(latestRelease(map({ releases }))?.id).toBe('d');
    expect(latestRelease(map({}))).toBeUndefined();
  });
});

describe('changesSinceLastRelease', () => {
  it('says "First release." when none is recorded', () => {
    expect(changesSinceLastRelease(map({}))).toBe('First release.');
  });

  it('names the sources read and the hiring events dated after the last release', () => {
    const since = map({
      releases: [{ id: 'r1', date: '2025-06-01', changes: 'First release.' }],
      sources: [
        { id: 'old', label: 'OEWS May 2023', retrieved: '2024-05-01' },
        { id: 'new', label: 'OEWS May 2024', retrieved: '2025-07-10' },
        { id: 'undated', label: 'A page' },
      ],
      hiringEvents: [{ id: 'e1', date: '2025-09-01', employer: 'Baystate Health', kind: 'expansion' }],
    });
    expect(changesSinceLastRelease(since)).toBe(
      'Figures from sources read since 2025-06-01: OEWS May 2024.\nHiring events since 2025-06-01: Baystate Health (expansion, 2025-09-01).',
    );
  });

  it('is empty when nothing dated is newer than the last release', () => {
    expect(changesSinceLastRelease(map({ releases: [{ id: 'r1', date: '2025-06-01', changes: '' }] }))).toBe('');
  });
});
