import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { editHiringEvents, type HiringEventEdit } from '../../../../src/domain/commands/hiring-events';
import { removeElements } from '../../../../src/domain/commands/remove';
import { checkLooseReferences } from '../../../../src/domain/checks/references';
import { PathwayMap } from '../../../../src/domain/schema/map';
import { citationsOf } from '../../../../src/domain/sources/citations';

const nursing = () =>
  PathwayMap.parse({
    schemaVersion: 2,
    id: 'nursing',
    title: 'Nursing',
    sources: [{ id: 'news', label: 'Springfield Republican' }],
    occupations: [
      { id: 'cna', title: 'Nursing Assistant' },
      { id: 'rn', title: 'Registered Nurse' },
    ],
    hiringEvents: [{ id: 'h1', date: '2025-01-05', employer: 'Mercy', kind: 'layoff', jobs: 12, occupationIds: ['cna'] }],
  });

const edit = (map: PathwayMap, change: HiringEventEdit) => applyCommand(map, (draft) => editHiringEvents(draft, change));

describe("the map's hiring events", () => {
  it('adds an event with a readable id and only the fields given', () => {
    const { map, result } = edit(nursing(), {
      op: 'add',
      event: { date: '2026-03-01', kind: 'expansion', employer: ' Baystate Health ', jobs: 40, occupationIds: ['rn'], sourceId: 'news', note: undefined },
    });
    expect(result).toEqual({ ok: true, id: 'baystate-health-2026-03-01' });
    expect(map.hiringEvents.at(-1)).toEqual({
      id: 'baystate-health-2026-03-01',
      date: '2026-03-01',
      kind: 'expansion',
      employer: 'Baystate Health',
      jobs: 40,
      occupationIds: ['rn'],
      sourceId: 'news',
    });
    expect(PathwayMap.safeParse(map).success).toBe(true);
  });

  it('refuses an event without an employer, with a bad date or a negative jobs count, and leaves the map as it was', () => {
    const before = nursing();
    for (const event of [
      { date: '2026-03-01', kind: 'expansion' as const, employer: '  ' },
      { date: 'March 2026', kind: 'expansion' as const, employer: 'Baystate' },
      { date: '2026-03-01', kind: 'expansion' as const, employer: 'Baystate', jobs: -1 },
    ]) {
      const { map, result } = edit(before, { op: 'add', event });
      expect(result.ok).toBe(false);
      expect(map).toBe(before);
    }
  });

  it('changes fields, clears an optional one, and refuses to clear a required one', () => {
    const changed = edit(nursing(), { op: 'update', id: 'h1', patch: { jobs: undefined, note: 'Unit closed', kind: 'relocation' } }).map;
    expect(changed.hiringEvents[0]).toEqual({ id: 'h1', date: '2025-01-05', employer: 'Mercy', kind: 'relocation', note: 'Unit closed', occupationIds: ['cna'] });
    const refused = edit(changed, { op: 'update', id: 'h1', patch: { employer: undefined } });
    expect(refused.result).toEqual({ ok: false, reason: 'A hiring event needs a date, a kind and an employer.' });
    expect(refused.map).toBe(changed);
  });

  it('removes an event, and says so when it is already gone', () => {
    const { map, result } = edit(nursing(), { op: 'remove', id: 'h1' });
    expect(result).toEqual({ ok: true, id: 'h1' });
    expect(map.hiringEvents).toEqual([]);
    expect(edit(map, { op: 'remove', id: 'h1' }).result).toEqual({ ok: false, reason: 'That hiring event is no longer on the map.' });
  });

  it('keeps the event when an occupation it names is removed, without that occupation', () => {
    const map = applyCommand(nursing(), (draft) => removeElements(draft, ['cna'])).map;
    expect(map.hiringEvents).toEqual([{ id: 'h1', date: '2025-01-05', employer: 'Mercy', kind: 'layoff', jobs: 12, occupationIds: [] }]);
  });

  it('lists an event\'s source among the citations, and warns about a source the map does not list', () => {
    const cited = edit(nursing(), { op: 'update', id: 'h1', patch: { sourceId: 'news' } }).map;
    expect(citationsOf(cited, 'news')).toEqual([{ sourceId: 'news', path: 'hiringEvents[0].sourceId', where: 'Hiring event: Mercy, 2025-01-05' }]);
    const dangling = edit(nursing(), { op: 'update', id: 'h1', patch: { sourceId: 'gone' } }).map;
    expect(checkLooseReferences(dangling)).toEqual([
      { path: 'hiringEvents[0].sourceId', message: 'names the source "gone", which isn\'t in sources' },
    ]);
  });
});
