import { describe, expect, it } from 'vitest';
import { mergeMaps } from '../../../../src/domain/merge/three-way-merge';
import { buildMap } from '../../../support/build-map';

const base = buildMap({
  occupations: [
    { id: 'welder', title: 'Welder' },
    { id: 'fitter', title: 'Pipefitter' },
  ],
  transitions: [{ id: 'welder-to-fitter', from: 'welder', to: 'fitter', kind: 'advancement' }],
});
const retitle = (id: string, title: string) => (map: typeof base) => ({
  ...map,
  occupations: map.occupations.map((occupation) => (occupation.id === id ? { ...occupation, title } : occupation)),
});

describe('three-way merge of two tabs’ maps', () => {
  it('keeps both edits when the tabs changed different cards', () => {
    const mine = retitle('welder', 'Welder I')(base);
    const theirs = retitle('fitter', 'Pipefitter Apprentice')(base);
    const { map, conflicts } = mergeMaps(base, mine, theirs);
    expect(map.occupations.map((o) => o.title)).toEqual(['Welder I', 'Pipefitter Apprentice']);
    expect(conflicts).toEqual([]);
  });

  it('keeps a card added in one tab and a field changed in the other', () => {
    const mine = { ...base, occupations: [...base.occupations, { id: 'inspector', title: 'Inspector' }] };
    const theirs = { ...base, title: 'Renamed elsewhere' };
    const { map, conflicts } = mergeMaps(base, mine, theirs);
    expect(map.title).toBe('Renamed elsewhere');
    expect(map.occupations.map((o) => o.id)).toEqual(['welder', 'fitter', 'inspector']);
    expect(conflicts).toEqual([]);
  });

  it('takes a removal made in one tab when the other did not touch the card', () => {
    const theirs = { ...base, transitions: [] };
    const { map, conflicts } = mergeMaps(base, base, theirs);
    expect(map.transitions).toEqual([]);
    expect(conflicts).toEqual([]);
  });

  it('reports the same field changed differently, with both values, keeping mine', () => {
    const { map, conflicts } = mergeMaps(base, retitle('welder', 'Mine')(base), retitle('welder', 'Theirs')(base));
    expect(map.occupations[0]?.title).toBe('Mine');
    expect(conflicts).toEqual([
      { path: 'occupations[welder].title', collection: 'occupations', id: 'welder', field: 'title', mine: 'Mine', theirs: 'Theirs' },
    ]);
  });

  it('reports a card edited in one tab and removed in the other', () => {
    const theirs = { ...base, occupations: base.occupations.filter((o) => o.id !== 'fitter') };
    const { conflicts } = mergeMaps(base, retitle('fitter', 'Edited')(base), theirs);
    expect(conflicts.map((conflict) => conflict.path)).toEqual(['occupations[fitter]']);
  });

  it('takes the other tab’s value where the user chose it, and mine where they chose mine', () => {
    const mine = retitle('fitter', 'Fitter (mine)')(retitle('welder', 'Welder (mine)')(base));
    const theirs = retitle('fitter', 'Fitter (theirs)')(retitle('welder', 'Welder (theirs)')(base));
    const { map, conflicts } = mergeMaps(base, mine, theirs, (conflict) => (conflict.id === 'welder' ? 'theirs' : 'mine'));
    expect(map.occupations.map((o) => o.title)).toEqual(['Welder (theirs)', 'Fitter (mine)']);
    expect(conflicts).toEqual([]);
  });

  it('asks only about what the user has not answered', () => {
    const mine = retitle('fitter', 'Fitter (mine)')(retitle('welder', 'Welder (mine)')(base));
    const theirs = retitle('fitter', 'Fitter (theirs)')(retitle('welder', 'Welder (theirs)')(base));
    const { conflicts } = mergeMaps(base, mine, theirs, (conflict) => (conflict.id === 'welder' ? 'theirs' : undefined));
    expect(conflicts.map((conflict) => conflict.path)).toEqual(['occupations[fitter].title']);
  });

  it('brings back a card the other tab removed when the user keeps their edit of it', () => {
    const theirs = { ...base, occupations: base.occupations.filter((o) => o.id !== 'fitter') };
    const { map } = mergeMaps(base, retitle('fitter', 'Edited')(base), theirs, () => 'mine');
    expect(map.occupations.map((o) => o.title)).toEqual(['Welder', 'Edited']);
    const removed = mergeMaps(base, retitle('fitter', 'Edited')(base), theirs, () => 'theirs');
    expect(removed.map.occupations.map((o) => o.title)).toEqual(['Welder']);
  });
});
