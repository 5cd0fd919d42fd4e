import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { copyFragment, pasteFragment } from '../../../../src/domain/commands/fragment';
import { createMap, setGroups, updateMapFields } from '../../../../src/domain/commands/map-fields';
import { addOccupation, moveOccupations, updateOccupation } from '../../../../src/domain/commands/occupations';
import { removeElements } from '../../../../src/domain/commands/remove';
import { connect, updateTransition } from '../../../../src/domain/commands/transitions';
import { parseMap } from '../../../../src/domain/parse';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { serializeMap } from '../../../../src/domain/serialize';
import { buildMap } from '../../../support/build-map';

/** Every command must leave a map that the import rules accept. */
function expectValid(map: PathwayMap): void {
  const result = parseMap(serializeMap(map));
  expect(result.ok ? [] : result.errors).toEqual([]);
}

const ladder = () =>
  buildMap({
    groups: [{ id: 'care', label: 'Care' }],
    occupations: [
      { id: 'cna', title: 'CNA', groupId: 'care', level: 'entry' },
      { id: 'lpn', title: 'LPN', groupId: 'care', level: 'middle' },
      { id: 'rn', title: 'RN', groupId: 'care', level: 'advanced' },
    ],
    transitions: [
      { id: 'cna-to-lpn', from: 'cna', to: 'lpn' },
      { id: 'lpn-to-rn', from: 'lpn', to: 'rn' },
    ],
    hiringEvents: [{ id: 'h1', date: '2026-01-05', employer: 'Baystate', kind: 'expansion', occupationIds: ['lpn', 'rn'] }],
  });

/** A command applied to a copy, as the store applies it: the map after and the command's result. */
const run = applyCommand;

describe('map commands', () => {
  it('adds occupations with readable ids that never collide', () => {
    const first = run(createMap('m', 'New map', new Date('2026-11-23T00:00:00Z')), (draft) => addOccupation(draft, { title: 'Registered Nurse' }));
    const second = run(first.map, (draft) => addOccupation(draft, { title: 'Registered Nurse', position: { x: 10, y: 20 } }));
    expect([first.result, second.result]).toEqual(['registered-nurse', 'registered-nurse-2']);
    // The card goes exactly where asked: finding a free spot is the editor's job (layout/free-spot.ts).
    expect(second.map.occupations[1]?.position).toEqual({ x: 10, y: 20 });
    const fourth = run(second.map, (draft) => addOccupation(draft, { title: 'RN', position: { x: 12, y: 25 } }));
    expectValid(fourth.map);
  });

  it('connects two occupations, and refuses self-loops and repeated moves with a reason', () => {
    const map = ladder();
    const made = run(map, (draft) => connect(draft, 'cna', 'rn', 'lateral'));
    expect(made.result).toEqual({ ok: true, id: 'cna-to-rn' });
    expect(made.map.transitions.at(-1)).toEqual({ id: 'cna-to-rn', from: 'cna', to: 'rn', kind: 'lateral' });
    expectValid(made.map);
    const refused = run(map, (draft) => connect(draft, 'cna', 'cna'));
    expect(refused.result).toEqual({ ok: false, reason: '“CNA” can\'t lead to itself.' });
    expect(refused.map).toBe(map);
    expect(run(map, (draft) => connect(draft, 'cna', 'lpn')).result).toEqual({ ok: false, reason: 'There is already a move from “CNA” to “LPN”.' });
    expect(run(map, (draft) => connect(draft, 'cna', 'nobody')).result.ok).toBe(false);
  });

  it('updates fields, clears a field sent as undefined, and never changes ids or ends', () => {
    const { map } = run(ladder(), (draft) => updateOccupation(draft, 'cna', { title: 'Nursing Assistant', level: undefined, id: 'hijack' }));
    expect(map.occupations[0]).toEqual({ id: 'cna', title: 'Nursing Assistant', groupId: 'care' });
    const { map: moved } = run(map, (draft) => updateTransition(draft, 'cna-to-lpn', { typicalMonths: 12, from: 'rn' }));
    expect(moved.transitions[0]).toEqual({ id: 'cna-to-lpn', from: 'cna', to: 'lpn', typicalMonths: 12 });
    expectValid(moved);
  });

  it('removing an occupation takes its moves with it and un-names it in hiring events', () => {
    const { map } = run(ladder(), (draft) => removeElements(draft, ['lpn']));
    expect(map.occupations.map((o) => o.id)).toEqual(['cna', 'rn']);
    expect(map.transitions).toEqual([]);
    expect(map.hiringEvents[0]?.occupationIds).toEqual(['rn']);
    expectValid(map);
    const original = ladder();
    expect(run(original, (draft) => removeElements(draft, ['nothing'])).map).toBe(original);
  });

  it('moves cards in one change and leaves the input untouched', () => {
    const original = ladder();
    const { map } = run(original, (draft) => moveOccupations(draft, new Map([['cna', { x: 5, y: 6 }], ['rn', { x: 7, y: 8 }]])));
    expect(map.occupations.map((o) => o.position)).toEqual([{ x: 5, y: 6 }, undefined, { x: 7, y: 8 }]);
    expect(original.occupations[0]?.position).toBeUndefined();
  });

  it('copies and pastes occupations with their inner moves under fresh ids, into another map too', () => {
    const source = ladder();
    const fragment = copyFragment(source, ['cna', 'lpn']);
    expect(fragment.transitions.map((t) => t.id)).toEqual(['cna-to-lpn']);

    const sameMap = run(source, (draft) => pasteFragment(draft, fragment, { x: 40, y: 40 }));
    expect(sameMap.result).toEqual(['cna-2', 'lpn-2']);
    expect(sameMap.map.transitions.at(-1)).toMatchObject({ from: 'cna-2', to: 'lpn-2' });
    expectValid(sameMap.map);

    const other = run(createMap('other', 'Other', new Date()), (draft) => pasteFragment(draft, fragment, { x: 0, y: 0 }));
    expect(other.map.occupations.map((o) => [o.id, o.groupId])).toEqual([['cna', undefined], ['lpn', undefined]]);
    expectValid(other.map);
  });

  it('edits the map fields and groups without touching its id or lists', () => {
    const { map } = run(ladder(), (draft) => updateMapFields(draft, { title: 'Care ladder', region: 'Pioneer Valley, MA', id: 'other', occupations: [] }));
    expect([map.id, map.title, map.region, map.occupations.length]).toEqual(['test-map', 'Care ladder', 'Pioneer Valley, MA', 3]);
    const { map: grouped } = run(map, (draft) => setGroups(draft, [...map.groups, { id: 'lab', label: 'Laboratory', color: '#7a4' }]));
    expect(grouped.groups.map((g) => g.id)).toEqual(['care', 'lab']);
    expectValid(grouped);
  });
});
