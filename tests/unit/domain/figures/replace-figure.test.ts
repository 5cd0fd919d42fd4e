import { describe, expect, it } from 'vitest';
import { clearedQualifiers, LABOR_BLOCK, replaceFigures, WAGE_BLOCK } from '../../../../src/domain/figures/replace-figure';

const BLS_2019 = { statistic: 'mean', amount: 32400, unit: 'year', year: 2019, area: 'Springfield, MA metro', sourceId: 'bls-2019' };

describe('replaceFigures', () => {
  it('gives a new wage figure none of the old figure’s statistic, year, area or source', () => {
    expect(replaceFigures(WAGE_BLOCK, BLS_2019, { amount: 41000, unit: 'year' })).toEqual({ amount: 41000, unit: 'year' });
  });

  it('takes the qualifiers the new figure states, and keeps figures it does not give', () => {
    const old = { min: 30000, amount: 32400, unit: 'year', statistic: 'mean', sourceId: 'bls-2019', notVerified: true };
    expect(replaceFigures(WAGE_BLOCK, old, { amount: 41000, unit: 'year', statistic: 'median', year: 2024 })).toEqual({
      min: 30000,
      amount: 41000,
      unit: 'year',
      statistic: 'median',
      year: 2024,
    });
  });

  it('keeps the old qualifiers when the figures given are the ones already there', () => {
    expect(replaceFigures(WAGE_BLOCK, BLS_2019, { amount: 32400, unit: 'year' })).toEqual(BLS_2019);
    expect(replaceFigures(WAGE_BLOCK, BLS_2019, { amount: 32400, unit: 'year', area: 'Massachusetts' })).toEqual({ ...BLS_2019, area: 'Massachusetts' });
  });

  it('replaces a wage in another unit whole', () => {
    expect(replaceFigures(WAGE_BLOCK, BLS_2019, { amount: 19.5, unit: 'hour' })).toEqual({ amount: 19.5, unit: 'hour' });
  });

  it('clears the period, area and source of labor figures when one of them changes', () => {
    const old = { annualOpenings: 120, employment: 4000, period: { from: 2020, to: 2030 }, year: 2020, area: 'Massachusetts', sourceId: 'pc' };
    expect(replaceFigures(LABOR_BLOCK, old, { employment: 4200 })).toEqual({ annualOpenings: 120, employment: 4200 });
    expect(replaceFigures(LABOR_BLOCK, old, { employment: 4000, area: 'Massachusetts' })).toEqual(old);
  });
});

describe('clearedQualifiers', () => {
  it('names what a new figure leaves out, and nothing when the figures stay', () => {
    expect(clearedQualifiers(WAGE_BLOCK, BLS_2019, { amount: 41000, statistic: 'median' })).toEqual(['year', 'area', 'sourceId']);
    expect(clearedQualifiers(WAGE_BLOCK, BLS_2019, { amount: 32400 })).toEqual([]);
    expect(clearedQualifiers(WAGE_BLOCK, undefined, { amount: 41000 })).toEqual([]);
  });
});
