import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { editLevels, levelRemovalRefusal, type LevelEdit } from '../../../../src/domain/commands/levels';
import { PathwayMap } from '../../../../src/domain/schema/map';

// The map's own levels, named here so the tests don't hang on the default labels.
const LEVELS = [
  { id: 'entry', label: 'Entry' },
  { id: 'middle', label: 'Middle' },
  { id: 'advanced', label: 'Advanced' },
];
const v2Map = (fields: Record<string, unknown>) => PathwayMap.parse({ schemaVersion: 2, id: 'nursing', title: 'Nursing', levels: LEVELS, ...fields });
const nursing = () =>
  v2Map({
    occupations: [
      { id: 'cna', title: 'Nursing Assistant', level: 'entry' },
      { id: 'lpn', title: 'Licensed Practical Nurse', level: 'middle' },
      { id: 'rn', title: 'Registered Nurse', level: 'middle' },
    ],
  });

const edit = (map: PathwayMap, change: LevelEdit) => applyCommand(map, (draft) => editLevels(draft, change));
const labels = (map: PathwayMap) => map.levels.map((level) => level.label);

describe('the map\'s levels', () => {
  it('adds a level at the end with a readable id, up to 12 and no more', () => {
    const { map, result } = edit(nursing(), { op: 'add', label: 'Leadership' });
    expect(result).toEqual({ ok: true, id: 'leadership' });
    expect(labels(map)).toEqual(['Entry', 'Middle', 'Advanced', 'Leadership']);
    let full = map;
    for (let n = 5; n <= 12; n += 1) full = edit(full, { op: 'add', label: '' }).map;
    expect(full.levels.at(-1)).toEqual({ id: 'level-12', label: 'Level 12' });
    const refused = edit(full, { op: 'add', label: 'Thirteenth' });
    expect(refused.result).toEqual({ ok: false, reason: 'A map can have at most 12 levels.' });
    expect(refused.map).toBe(full);
  });

  it('renames and reorders, and the cards keep their level', () => {
    let map = edit(nursing(), { op: 'rename', id: 'middle', label: 'Term 2' }).map;
    map = edit(map, { op: 'move', id: 'advanced', by: -1 }).map;
    expect(labels(map)).toEqual(['Entry', 'Advanced', 'Term 2']);
    expect(map.occupations.map((occupation) => occupation.level)).toEqual(['entry', 'middle', 'middle']);
    expect(edit(map, { op: 'move', id: 'entry', by: -1 }).result.ok).toBe(false);
    expect(edit(map, { op: 'rename', id: 'entry', label: ' ' }).result).toEqual({ ok: false, reason: 'A level needs a label.' });
  });

  it('refuses to remove a level cards are on, naming how many, unless they move to another level', () => {
    const map = nursing();
    expect(levelRemovalRefusal(map, 'middle')).toBe(
      '“Middle” can\'t be removed: 2 cards are on it (Licensed Practical Nurse, Registered Nurse). Move them to another level first.',
    );
    expect(edit(map, { op: 'remove', id: 'middle' }).map).toBe(map);
    const moved = edit(map, { op: 'remove', id: 'middle', moveCardsTo: 'advanced' }).map;
    expect(labels(moved)).toEqual(['Entry', 'Advanced']);
    expect(moved.occupations.map((occupation) => occupation.level)).toEqual(['entry', 'advanced', 'advanced']);
    expect(labels(edit(map, { op: 'remove', id: 'advanced' }).map)).toEqual(['Entry', 'Middle']);
  });

  it('keeps the last level', () => {
    let map = v2Map({});
    map = edit(map, { op: 'remove', id: 'middle' }).map;
    map = edit(map, { op: 'remove', id: 'advanced' }).map;
    expect(edit(map, { op: 'remove', id: 'entry' }).result).toEqual({ ok: false, reason: 'A map needs at least one level, so its last one stays.' });
  });
});
