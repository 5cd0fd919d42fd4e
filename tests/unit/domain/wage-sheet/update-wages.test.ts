import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { updateWages } from '../../../../src/domain/commands/update-wages';
import { buildMap } from '../../../support/build-map';

const map = buildMap({
  sources: [{ id: 'r19', label: 'Regional wages 2019' }],
  occupations: [
    { id: 'rn', title: 'RN', socCode: '29-1141', wage: { statistic: 'mean', amount: 82650, unit: 'year', year: 2019, area: 'Springfield', sourceId: 'r19' } },
    { id: 'ma', title: 'MA', socCode: '31-9092' },
  ],
});
const RN_2024 = { statistic: 'median' as const, amount: 91520, unit: 'year' as const, year: 2024, area: 'Springfield' };

describe('updateWages', () => {
  it('gives the cards their new wages citing a new source, and keeps each replaced wage with the day', () => {
    let result;
    const next = produce(map, (draft) => {
      result = updateWages(draft, {
        updates: [
          { occupationId: 'rn', wage: RN_2024 },
          { occupationId: 'ma', wage: { statistic: 'median', amount: 42000, unit: 'year', year: 2024 } },
        ],
        source: { add: { label: 'BLS OEWS May 2024', publisher: 'U.S. Bureau of Labor Statistics', url: 'https://www.bls.gov/oes/' } },
        replacedOn: '2026-12-07',
      });
    });
    expect(result).toEqual({ ok: true, updated: 2, sourceId: 'bls-oews-may-2024' });
    expect(next.sources.map((source) => source.id)).toEqual(['r19', 'bls-oews-may-2024']);
    expect(next.occupations[0]?.wage).toEqual({ ...RN_2024, sourceId: 'bls-oews-may-2024' });
    expect(next.occupations[0]?.wageHistory).toEqual([
      { statistic: 'mean', amount: 82650, unit: 'year', year: 2019, area: 'Springfield', sourceId: 'r19', replacedOn: '2026-12-07' },
    ]);
    // A card that had no wage has nothing to keep.
    expect(next.occupations[1]?.wageHistory).toBeUndefined();
  });

  it('cites a source already on the map, and refuses one that is gone, changing nothing', () => {
    const next = produce(map, (draft) => {
      updateWages(draft, { updates: [{ occupationId: 'rn', wage: RN_2024 }], source: { existingId: 'r19' }, replacedOn: '2026-12-07' });
    });
    expect(next.occupations[0]?.wage?.sourceId).toBe('r19');
    let refused;
    const same = produce(map, (draft) => {
      refused = updateWages(draft, { updates: [{ occupationId: 'rn', wage: RN_2024 }], source: { existingId: 'gone' }, replacedOn: '2026-12-07' });
    });
    expect(refused).toEqual({ ok: false, reason: 'That source is no longer on the map.' });
    expect(same).toBe(map);
  });
});
