import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { editReleases, type ReleaseEdit } from '../../../../src/domain/commands/releases';
import { PathwayMap } from '../../../../src/domain/schema/map';
import { parseMap } from '../../../../src/domain/parse';
import { serializeMap } from '../../../../src/domain/serialize';

const nursing = (fields: Record<string, unknown> = {}) => PathwayMap.parse({ schemaVersion: 2, id: 'nursing', title: 'Nursing', ...fields });
const edit = (map: PathwayMap, change: ReleaseEdit) => applyCommand(map, (draft) => editReleases(draft, change));

describe("the map's releases", () => {
  it('records a release with a readable id, its title and what changed, and sets reviewedAt to its date', () => {
    const { map, result } = edit(nursing(), {
      op: 'record',
      release: { date: '2026-05-01', title: ' 2026 annual release ', changes: 'Wages from OEWS May 2025.\n' },
    });
    expect(result).toEqual({ ok: true });
    expect(map.releases).toEqual([{ id: 'release-2026-05-01', date: '2026-05-01', title: '2026 annual release', changes: 'Wages from OEWS May 2025.' }]);
    expect(map.reviewedAt).toBe('2026-05-01');
    expect(PathwayMap.safeParse(map).success).toBe(true);
  });

  it('leaves out an empty title, and numbers a second release on the same day', () => {
    const once = edit(nursing(), { op: 'record', release: { date: '2026-05-01', changes: '' } }).map;
    const twice = edit(once, { op: 'record', release: { date: '2026-05-01', title: '  ', changes: 'Fixed a typo.' } }).map;
    expect(twice.releases?.map((release) => release.id)).toEqual(['release-2026-05-01', 'release-2026-05-01-2']);
    expect(twice.releases?.[1]).not.toHaveProperty('title');
  });

  it('moves reviewedAt only forward: a release dated before the last validation keeps it', () => {
    const reviewed = nursing({ reviewedAt: '2026-09-01' });
    expect(edit(reviewed, { op: 'record', release: { date: '2025-05-01', changes: 'Back-filled.' } }).map.reviewedAt).toBe('2026-09-01');
    expect(edit(reviewed, { op: 'record', release: { date: '2026-10-02', changes: 'Annual.' } }).map.reviewedAt).toBe('2026-10-02');
  });

  it('refuses a release without a valid date and changes nothing', () => {
    const before = nursing();
    const { map, result } = edit(before, { op: 'record', release: { date: '', changes: 'x' } });
    expect(result).toEqual({ ok: false, reason: 'Give the release a date, like 2026-05-01.' });
    expect(map).toBe(before);
  });

  it('removes a release, and the list with its last one', () => {
    const recorded = edit(nursing(), { op: 'record', release: { date: '2026-05-01', changes: 'x' } }).map;
    const { map, result } = edit(recorded, { op: 'remove', id: 'release-2026-05-01' });
    expect(result).toEqual({ ok: true });
    expect(map).not.toHaveProperty('releases');
    expect(edit(map, { op: 'remove', id: 'release-2026-05-01' }).result).toEqual({ ok: false, reason: 'That release is no longer on the map.' });
  });

  it('sets the staleness threshold, refuses what is not a whole number of months, and clears it back to the default', () => {
    const set = edit(nursing(), { op: 'stale-after', months: 24 }).map;
    expect(set.staleAfterMonths).toBe(24);
    expect(edit(set, { op: 'stale-after', months: 1.5 }).result).toEqual({ ok: false, reason: 'Give a whole number of months from 1 to 240.' });
    expect(edit(set, { op: 'stale-after', months: 0 }).map.staleAfterMonths).toBe(24);
    expect(edit(set, { op: 'stale-after', months: undefined }).map).not.toHaveProperty('staleAfterMonths');
  });

  it('writes releases and the setting in the header, and reads them back the same', () => {
    const recorded = edit(nursing({ staleAfterMonths: 12 }), { op: 'record', release: { date: '2026-05-01', title: 'Annual', changes: 'Wages.' } }).map;
    const text = serializeMap(recorded);
    expect(text.indexOf('"releases"')).toBeLessThan(text.indexOf('"levels"'));
    const back = parseMap(text);
    expect(back.ok && back.map).toEqual(recorded);
  });
});
