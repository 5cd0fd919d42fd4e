import { describe, expect, it } from 'vitest';
import { findMissingWages, findStaleWages } from '../../../../src/domain/health/wages';
import { run, targets } from './helpers';

describe('findMissingWages', () => {
  it('flags an occupation with no wage, at the place the wage goes', () => {
    const findings = run(findMissingWages, {
      occupations: [
        { id: 'cna', title: 'Nursing Assistant', wage: { amount: 38000, unit: 'year' } },
        { id: 'rn', title: 'Registered Nurse' },
      ],
    });
    expect(findings).toEqual([
      {
        code: 'missing-wage',
        severity: 'info',
        targetId: 'rn',
        targetKind: 'occupation',
        path: 'occupations[1].wage',
        message: 'Registered Nurse has no wage. Add a wage from OEWS with its statistic (mean or median) and year.',
      },
    ]);
  });

  it('counts any known figure (a min alone, a max alone) as a wage', () => {
    const findings = run(findMissingWages, {
      occupations: [
        { id: 'a', title: 'A', wage: { min: 18, unit: 'hour' } },
        { id: 'b', title: 'B', wage: { max: 90000, unit: 'year' } },
      ],
    });
    expect(findings).toEqual([]);
  });
});

describe('findStaleWages', () => {
  const withYear = (year: number) => ({
    occupations: [{ id: 'lpn', title: 'Licensed Practical Nurse', wage: { amount: 57110, unit: 'year', year } }],
  });

  it('flags a wage more than three years older than today, at wage.year', () => {
    expect(run(findStaleWages, withYear(2022))).toEqual([
      {
        code: 'stale-wage',
        severity: 'info',
        targetId: 'lpn',
        targetKind: 'occupation',
        path: 'occupations[0].wage.year',
        message:
          'Licensed Practical Nurse has a wage from 2022, more than 3 years ago. Update it from the latest OEWS release and set its year.',
        year: 2022,
      },
    ]);
  });

  it('leaves wages from the last three years, this year and later alone', () => {
    for (const year of [2023, 2025, 2026, 2027]) expect(run(findStaleWages, withYear(year))).toEqual([]);
  });

  it('judges by the injected day, not the clock', () => {
    expect(targets(run(findStaleWages, withYear(2019), new Date('2022-12-31T12:00:00Z')))).toEqual([]);
    expect(targets(run(findStaleWages, withYear(2019), new Date('2023-01-01T12:00:00Z')))).toEqual(['stale-wage lpn']);
  });

  it('reads the year of today in UTC, so the machine time zone cannot change the answer', () => {
    // 23:30 on 31 December 2025 in UTC is already 2026 in Kiribati and still 2025 in New York.
    expect(run(findStaleWages, withYear(2022), new Date('2025-12-31T23:30:00Z'))).toEqual([]);
  });

  it('does not call a wage without a year stale, nor an occupation without a wage', () => {
    const findings = run(findStaleWages, {
      occupations: [
        { id: 'a', title: 'A', wage: { amount: 40000, unit: 'year' } },
        { id: 'b', title: 'B' },
      ],
    });
    expect(findings).toEqual([]);
  });
});
