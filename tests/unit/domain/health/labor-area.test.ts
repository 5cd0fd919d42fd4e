import { describe, expect, it } from 'vitest';
import { checkHealth } from '../../../../src/domain/health/check-health';
import { findLaborWithoutArea } from '../../../../src/domain/health/labor-area';
import { buildMap } from '../../../support/build-map';
import { run, TODAY } from './helpers';

describe('findLaborWithoutArea', () => {
  it('flags labor figures that do not say where they count, at labor.area', () => {
    const findings = run(findLaborWithoutArea, {
      occupations: [
        { id: 'cna', title: 'Nursing Assistant', labor: { employment: 38130, year: 2025 } },
        { id: 'electrician', title: 'Electrician', labor: { growthPct: 29.3, area: 'Massachusetts' } },
        { id: 'blank', title: 'Blank area', labor: { annualOpenings: 10, area: '  ' } },
        { id: 'no-figures', title: 'Only a year', labor: { year: 2024 } },
        { id: 'none', title: 'No labor data' },
      ],
    });
    expect(findings).toEqual([
      {
        code: 'labor-no-area',
        severity: 'info',
        targetId: 'cna',
        targetKind: 'occupation',
        path: 'occupations[0].labor.area',
        message: 'The labor figures of Nursing Assistant don\'t say where they count. Add their area from the source (like "Massachusetts" or "United States").',
      },
      expect.objectContaining({ targetId: 'blank', path: 'occupations[2].labor.area' }),
    ]);
  });

  it('is part of the health check', () => {
    const map = buildMap({ occupations: [{ id: 'cna', title: 'Nursing Assistant', socCode: '31-1131.00', level: 'entry', wage: { amount: 40000, unit: 'year', year: 2025 }, labor: { employment: 1 } }] });
    expect(checkHealth(map, TODAY).map((finding) => finding.code)).toContain('labor-no-area');
  });
});
