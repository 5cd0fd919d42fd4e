import { describe, expect, it } from 'vitest';
import { wageText } from '../../../src/domain/wage-words';

describe('wageText', () => {
  it('shows a yearly range with its median', () => {
    expect(wageText({ min: 41000, median: 46680, max: 52000, unit: 'year' })).toBe(
      '$41,000–$52,000 a year (median $46,680)',
    );
  });

  it('shows a single published figure', () => {
    expect(wageText({ median: 32400, unit: 'year' })).toBe('$32,400 a year');
  });

  it('shows hourly wages with cents and says which end of a one-sided range it is', () => {
    expect(wageText({ min: 18.5, unit: 'hour' })).toBe('from $18.50 an hour');
    expect(wageText({ max: 24, unit: 'hour' })).toBe('up to $24.00 an hour');
  });
});
