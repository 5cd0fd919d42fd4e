import { describe, expect, it } from 'vitest';
import { convertWage, HOURS_PER_YEAR, wageGain, wagesAlong } from '../../../../src/domain/graph/route-wages';
import type { Occupation } from '../../../../src/domain/schema/map';

const job = (id: string, wage?: Occupation['wage']): Occupation => ({ id, title: id, ...(wage && { wage }) });

describe('wage figures along a route', () => {
  it('converts hourly and yearly pay at 2,080 hours a year', () => {
    expect(HOURS_PER_YEAR).toBe(2080);
    expect(convertWage(20, 'hour', 'year')).toBe(41600);
    expect(convertWage(41600, 'year', 'hour')).toBe(20);
    expect(convertWage(55000, 'year', 'year')).toBe(55000);
  });

  it('gains figure to figure of the same statistic in the goal’s unit, and only when both figures are known', () => {
    const mean = { statistic: 'mean' } as const;
    expect(wageGain(job('a', { amount: 20, unit: 'hour', ...mean }), job('b', { amount: 50000, unit: 'year', ...mean }))).toEqual({
      comparable: true, statistic: 'mean', amount: 8400, unit: 'year',
    });
    expect(wageGain(job('a', { amount: 41600, unit: 'year', ...mean }), job('b', { amount: 25, unit: 'hour', ...mean }))).toEqual({
      comparable: true, statistic: 'mean', amount: 5, unit: 'hour',
    });
    // A range without a figure is not a wage amount: nothing is guessed.
    expect(wageGain(job('a', { min: 30000, max: 40000, unit: 'year' }), job('b', { amount: 50000, unit: 'year', ...mean }))).toBeUndefined();
    expect(wageGain(job('a'), job('b', { amount: 50000, unit: 'year', ...mean }))).toBeUndefined();
  });

  it('never subtracts figures of different statistics, or one whose statistic is not stated: the gain is not comparable', () => {
    expect(wageGain(job('a', { amount: 30000, unit: 'year', statistic: 'p10' }), job('b', { amount: 50000, unit: 'year', statistic: 'mean' }))).toEqual({
      comparable: false, from: 'p10', to: 'mean',
    });
    expect(wageGain(job('a', { amount: 30000, unit: 'year', statistic: 'mean' }), job('b', { amount: 50000, unit: 'year' }))).toEqual({
      comparable: false, from: 'mean', to: undefined,
    });
    expect(wageGain(job('a', { amount: 30000, unit: 'year' }), job('b', { amount: 50000, unit: 'year' }))).toEqual({
      comparable: false, from: undefined, to: undefined,
    });
  });

  it('lists the medians along a route in the goal’s unit, leaving unknown ones out', () => {
    const along = wagesAlong([job('a', { amount: 15, unit: 'hour' }), job('b'), job('c', { amount: 62400, unit: 'year' })]);
    expect(along.unit).toBe('year');
    expect(along.points.map((point) => point.amount)).toEqual([31200, undefined, 62400]);
    expect(wagesAlong([job('a', { amount: 15, unit: 'hour' }), job('b')]).unit).toBe('hour');
    expect(wagesAlong([job('a')]).unit).toBe('year');
  });
});
