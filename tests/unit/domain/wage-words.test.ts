import { describe, expect, it } from 'vitest';
import { wageText } from '../../../src/domain/wage-words';

describe('wageText', () => {
  it('shows a yearly range with its figure, named by its statistic', () => {
    expect(wageText({ min: 41000, amount: 46680, max: 52000, unit: 'year', statistic: 'median' })).toBe(
      '$41,000–$52,000 a year (median $46,680)',
    );
    expect(wageText({ min: 41000, amount: 46680, max: 52000, unit: 'year', statistic: 'mean' })).toBe(
      '$41,000–$52,000 a year (mean $46,680)',
    );
  });

  it('names the statistic of a single published figure', () => {
    expect(wageText({ amount: 32400, unit: 'year', statistic: 'mean' })).toBe('$32,400 a year (mean)');
    expect(wageText({ amount: 40000, unit: 'year', statistic: 'p25' })).toBe('$40,000 a year (25th percentile)');
  });

  it('never calls a figure without a statistic a median: it says the statistic is not stated', () => {
    expect(wageText({ amount: 32400, unit: 'year' })).toBe('$32,400 a year (statistic not stated)');
    expect(wageText({ min: 41000, amount: 46680, max: 52000, unit: 'year' })).toBe(
      '$41,000–$52,000 a year ($46,680, statistic not stated)',
    );
  });

  it('says "(not verified)" after a wage marked so, and nothing when it is not marked', () => {
    expect(wageText({ amount: 32400, unit: 'year', statistic: 'mean', notVerified: true })).toBe('$32,400 a year (mean) (not verified)');
    expect(wageText({ min: 18, max: 24, unit: 'hour', notVerified: true })).toBe('$18.00–$24.00 an hour (not verified)');
    expect(wageText({ amount: 32400, unit: 'year', statistic: 'mean', notVerified: false })).toBe('$32,400 a year (mean)');
  });

  it('says when a range is an employer-reported one', () => {
    expect(wageText({ min: 18, max: 24, unit: 'hour', statistic: 'employer-range' })).toBe(
      '$18.00–$24.00 an hour (employer-reported range)',
    );
    expect(wageText({ min: 18, unit: 'hour', statistic: 'employer-range' })).toBe('from $18.00 an hour (employer-reported range)');
  });

  it('shows hourly wages with cents and says which end of a one-sided range it is', () => {
    expect(wageText({ min: 18.5, unit: 'hour' })).toBe('from $18.50 an hour');
    expect(wageText({ max: 24, unit: 'hour' })).toBe('up to $24.00 an hour');
  });
});
