import { describe, expect, it } from 'vitest';
import { editOccupations } from '../../../src/domain/commands/bulk-occupations';
import { addOccupation } from '../../../src/domain/commands/occupations';
import { map, mapId, store } from './fresh-map-store';


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
