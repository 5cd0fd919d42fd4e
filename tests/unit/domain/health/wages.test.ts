import { describe, expect, it } from 'vitest';
import { findMissingWages } from '../../../../src/domain/health/wages';
import { run } from './helpers';

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
