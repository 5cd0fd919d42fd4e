import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { editOccupations as editDraft, sharedValues, type BulkEdit } from '../../../../src/domain/commands/bulk-occupations';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { parseMap } from '../../../../src/domain/parse';
import { serializeMap } from '../../../../src/domain/serialize';
import { buildMap } from '../../../support/build-map';

const crew = () =>
  buildMap({
    groups: [
      { id: 'care', label: 'Direct care', color: '#1f77b4' },
      { id: 'lab', label: 'Laboratory', color: '#ff7f0e' },
    ],
    occupations: [
      { id: 'cna', title: 'CNA', groupId: 'care', level: 'entry', highGrowth: true, apprenticeship: { registered: true, preApprenticeship: true } },
      { id: 'lpn', title: 'LPN', groupId: 'care', level: 'middle', apprenticeship: { registered: false, programs: [{ name: 'LPN path' }] } },
      { id: 'phleb', title: 'Phlebotomist', groupId: 'lab', level: 'entry', designation: 'critical' },
      { id: 'rn', title: 'RN', level: 'advanced' },
    ],
    transitions: [],
  });

/** The command applied as the store applies it, to a copy: the map after. */
const editOccupations = (map: PathwayMap, ids: string[], edit: BulkEdit) => applyCommand(map, (draft) => editDraft(draft, ids, edit)).map;

const valid = (map: ReturnType<typeof crew>) => expect(parseMap(serializeMap(map)).ok).toBe(true);

describe('editing several occupations at once', () => {
  it('says which values the selected occupations share, and which are mixed', () => {
    const shared = sharedValues(crew(), ['cna', 'lpn']);
    expect(shared.groupId).toEqual({ mixed: false, value: 'care' });
    expect(shared.level).toEqual({ mixed: true });
    expect(shared.designation).toEqual({ mixed: false, value: undefined });
    expect(shared.highGrowth).toEqual({ mixed: true });
    expect(shared.registeredApprenticeship).toEqual({ mixed: true });
    expect(sharedValues(crew(), ['lpn', 'rn']).highGrowth).toEqual({ mixed: false, value: false });
  });

  it('sets a group or a level on every selected occupation, and on no other', () => {
    const map = editOccupations(crew(), ['lpn', 'phleb', 'rn'], { field: 'groupId', value: 'lab' });
    expect(map.occupations.map((o) => o.groupId)).toEqual(['care', 'lab', 'lab', 'lab']);
    const cleared = editOccupations(map, ['cna', 'rn'], { field: 'level', value: undefined });
    expect(cleared.occupations.map((o) => o.level)).toEqual([undefined, 'middle', 'entry', undefined]);
    expect('level' in cleared.occupations[0]!).toBe(false);
    valid(cleared);
  });

  it('keeps the objects of occupations that already had the value, and the map when none changes', () => {
    const before = crew();
    const after = editOccupations(before, ['cna', 'lpn'], { field: 'groupId', value: 'care' });
    expect(after).toBe(before);
    const levelled = editOccupations(before, ['cna', 'lpn'], { field: 'level', value: 'entry' });
    expect(levelled.occupations[0]).toBe(before.occupations[0]);
    expect(levelled.occupations[1]).not.toBe(before.occupations[1]);
  });

  it('refuses a group that is not on the map', () => {
    const before = crew();
    expect(editOccupations(before, ['rn'], { field: 'groupId', value: 'nowhere' })).toBe(before);
  });

  it('ticks and unticks flags as the single-card form does: an unticked flag is left out', () => {
    const on = editOccupations(crew(), ['lpn', 'rn'], { field: 'highGrowth', value: true });
    expect(on.occupations.map((o) => o.highGrowth)).toEqual([true, true, undefined, true]);
    const off = editOccupations(on, ['cna', 'lpn', 'rn'], { field: 'highGrowth', value: false });
    expect(off.occupations.some((o) => 'highGrowth' in o)).toBe(false);
    const critical = editOccupations(off, ['cna', 'rn'], { field: 'designation', value: 'priority' });
    expect(critical.occupations.map((o) => o.designation)).toEqual(['priority', undefined, 'critical', 'priority']);
    valid(critical);
  });

  it('ticks apprenticeship flags, keeping programs, and removes an apprenticeship left saying nothing', () => {
    const registered = editOccupations(crew(), ['lpn', 'rn'], { field: 'registeredApprenticeship', value: true });
    expect(registered.occupations[1]!.apprenticeship).toEqual({ registered: true, programs: [{ name: 'LPN path' }] });
    expect(registered.occupations[3]!.apprenticeship).toEqual({ registered: true });
    const pre = editOccupations(registered, ['rn', 'phleb'], { field: 'preApprenticeship', value: true });
    expect(pre.occupations[2]!.apprenticeship).toEqual({ registered: false, preApprenticeship: true });
    const none = editOccupations(pre, ['cna', 'lpn', 'phleb', 'rn'], { field: 'preApprenticeship', value: false });
    const unregistered = editOccupations(none, ['cna', 'lpn', 'phleb', 'rn'], { field: 'registeredApprenticeship', value: false });
    expect(unregistered.occupations.map((o) => o.apprenticeship)).toEqual([
      undefined,
      { registered: false, programs: [{ name: 'LPN path' }] },
      undefined,
      undefined,
    ]);
    valid(unregistered);
  });
});
