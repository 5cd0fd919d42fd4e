import { beforeEach, describe, expect, it } from 'vitest';
import { editOccupations } from '../../../src/domain/commands/bulk-occupations';
import { addOccupation } from '../../../src/domain/commands/occupations';
import { selectMap, useAppStore } from '../../../src/store/app-store';

const initialState = useAppStore.getState();
let mapId = '';
beforeEach(() => {
  useAppStore.setState(initialState, true);
  mapId = useAppStore.getState().createMap('Test map');
});

const store = () => useAppStore.getState();
const map = () => selectMap(mapId)(store())!;

describe('a bulk edit is one undo step', () => {
  it('one Undo puts back the level of every card it changed', () => {
    for (const title of ['Welder', 'Machinist', 'Fitter']) store().apply(mapId, (draft) => addOccupation(draft, { title, level: 'entry' }), { capture: 'step' });
    const ids = map().occupations.map((occupation) => occupation.id);
    store().apply(mapId, (draft) => editOccupations(draft, ids, { field: 'level', value: 'advanced' }), { capture: 'step' });
    expect(map().occupations.map((o) => o.level)).toEqual(['advanced', 'advanced', 'advanced']);
    store().undo(mapId);
    expect(map().occupations.map((o) => o.level)).toEqual(['entry', 'entry', 'entry']);
    store().redo(mapId);
    expect(map().occupations.map((o) => o.level)).toEqual(['advanced', 'advanced', 'advanced']);
  });
});
