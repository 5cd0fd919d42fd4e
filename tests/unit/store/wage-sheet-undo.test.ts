import { describe, expect, it } from 'vitest';
import { addOccupation, updateOccupation } from '../../../src/domain/commands/occupations';
import { updateWages } from '../../../src/domain/commands/update-wages';
import { map, mapId, store } from './fresh-map-store';

describe('updating wages from a sheet is one undo step', () => {
  it('one Undo puts back every wage, the history and the new source', () => {
    store().apply(mapId, (draft) => addOccupation(draft, { title: 'Welder', level: 'entry' }), { capture: 'step' });
    store().apply(mapId, (draft) => addOccupation(draft, { title: 'Fitter', level: 'entry' }), { capture: 'step' });
    const [welder, fitter] = map().occupations.map((occupation) => occupation.id);
    if (welder === undefined || fitter === undefined) throw new Error('no cards');
    store().apply(mapId, (draft) => updateOccupation(draft, welder, { wage: { statistic: 'mean', amount: 40000, unit: 'year', year: 2019 } }), { capture: 'step' });
    const before = map();

    const wage = { statistic: 'median' as const, amount: 45000, unit: 'year' as const, year: 2024 };
    store().apply(
      mapId,
      (draft) => updateWages(draft, { updates: [{ occupationId: welder, wage }, { occupationId: fitter, wage }], source: { add: { label: 'OEWS 2024' } }, replacedOn: '2026-12-07' }),
      { capture: 'step' },
    );
    expect(map().occupations.map((occupation) => occupation.wage?.amount)).toEqual([45000, 45000]);
    expect(map().occupations[0]?.wageHistory).toHaveLength(1);

    store().undo(mapId);
    expect(map().occupations).toEqual(before.occupations);
    expect(map().sources).toEqual(before.sources);
  });
});
