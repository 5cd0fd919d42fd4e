import { describe, expect, it } from 'vitest';
import { apprenticeshipPayNote, apprenticeshipPayText, convertedWageText, payText, startingPayText } from '../../../src/domain/pay-words';

describe('payText: a wage with its figure in the other unit', () => {
  it('a yearly figure gets its hourly one at 2,080 hours, and the reverse', () => {
    expect(payText({ amount: 41600, unit: 'year', statistic: 'mean' })).toBe('$41,600 a year (mean), about $20.00 an hour');
    expect(payText({ amount: 18.5, unit: 'hour', statistic: 'median' })).toBe('$18.50 an hour (median), about $38,480 a year');
  });

  it('says how it was worked out where there is room', () => {
    expect(payText({ amount: 46680, unit: 'year', statistic: 'mean' }, { hours: true })).toBe(
      '$46,680 a year (mean), about $22.44 an hour at 2,080 hours a year',
    );
  });

  it('converts the range when the words lead with one, and a lone end as "from" or "up to"', () => {
    expect(payText({ min: 41000, amount: 46680, max: 52000, unit: 'year', statistic: 'median' })).toBe(
      '$41,000–$52,000 a year (median $46,680), about $19.71–$25.00 an hour',
    );
    expect(convertedWageText({ min: 18, unit: 'hour' })).toBe('from $37,440 a year');
    expect(convertedWageText({ max: 52000, unit: 'year' })).toBe('up to $25.00 an hour');
  });

  it('keeps "not verified" with the figure it qualifies', () => {
    expect(payText({ amount: 20, unit: 'hour', statistic: 'mean', notVerified: true })).toBe('$20.00 an hour (mean) (not verified), about $41,600 a year');
  });
});

describe('apprenticeship starting pay', () => {
  it('one starting wage, with the yearly figure', () => {
    expect(startingPayText([18])).toBe('$18.00 an hour, about $37,440 a year');
    expect(apprenticeshipPayText({ programs: [{ name: 'Electrical apprenticeship', startingWage: 18 }] }, { hours: true })).toBe(
      'Starting pay: $18.00 an hour, about $37,440 a year at 2,080 hours a year',
    );
  });

  it('a range across the programs that say theirs', () => {
    const programs = [
      { name: 'A', startingWage: 22.5 },
      { name: 'B' },
      { name: 'C', startingWage: 18 },
    ];
    expect(apprenticeshipPayText({ programs })).toBe('Starting pay: $18.00–$22.50 an hour, about $37,440–$46,800 a year');
    expect(apprenticeshipPayNote({ programs })).toBe('starting pay $18.00–$22.50 an hour');
  });

  it('a program step card says its own', () => {
    expect(apprenticeshipPayText({ startingWage: 19.25 })).toBe('Starting pay: $19.25 an hour, about $40,040 a year');
  });

  it('says when no starting pay is on file, and gives no card note', () => {
    expect(apprenticeshipPayText({ programs: [{ name: 'A' }] })).toBe('Starting pay not on file');
    expect(apprenticeshipPayText({})).toBe('Starting pay not on file');
    expect(apprenticeshipPayNote({})).toBeUndefined();
    expect(startingPayText([])).toBeUndefined();
  });
});
