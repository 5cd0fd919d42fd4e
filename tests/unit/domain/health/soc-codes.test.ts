import { describe, expect, it } from 'vitest';
import { findDuplicateSocCodes, findMissingSocCodes } from '../../../../src/domain/health/soc-codes';
import { run, targets } from './helpers';

describe('findMissingSocCodes', () => {
  it('flags an occupation with no SOC code, at socCode', () => {
    const findings = run(findMissingSocCodes, {
      occupations: [
        { id: 'rn', title: 'Registered Nurse', socCode: '29-1141.00' },
        { id: 'scribe', title: 'Medical Scribe' },
      ],
    });
    expect(findings).toEqual([
      {
        code: 'missing-soc',
        severity: 'info',
        targetId: 'scribe',
        targetKind: 'occupation',
        path: 'occupations[1].socCode',
        message: 'Medical Scribe has no SOC code. Add its O*NET-SOC code (like 29-1141.00) so it links to O*NET.',
      },
    ]);
  });

  it('finds nothing when every occupation has a code', () => {
    expect(run(findMissingSocCodes, { occupations: [{ id: 'rn', title: 'RN', socCode: '29-1141' }] })).toEqual([]);
  });
});

describe('findDuplicateSocCodes', () => {
  it('flags each occupation after the first with the same code, naming all the others', () => {
    const findings = run(findDuplicateSocCodes, {
      occupations: [
        { id: 'rn', title: 'Registered Nurse', socCode: '29-1141.00' },
        { id: 'cna', title: 'Nursing Assistant', socCode: '31-1131.00' },
        { id: 'rn-2', title: 'Staff Nurse', socCode: '29-1141.00' },
        { id: 'rn-3', title: 'Charge Nurse', socCode: '29-1141.00' },
      ],
    });
    expect(findings).toEqual([
      {
        code: 'duplicate-soc',
        severity: 'warning',
        targetId: 'rn-2',
        targetKind: 'occupation',
        path: 'occupations[2].socCode',
        message:
          'Staff Nurse has the same SOC code (29-1141.00) as Registered Nurse and Charge Nurse. If they are the same job, merge them; if not, give each its more specific O*NET-SOC code.',
        socCode: '29-1141.00',
        sameAs: ['rn', 'rn-3'],
      },
      {
        code: 'duplicate-soc',
        severity: 'warning',
        targetId: 'rn-3',
        targetKind: 'occupation',
        path: 'occupations[3].socCode',
        message:
          'Charge Nurse has the same SOC code (29-1141.00) as Registered Nurse and Staff Nurse. If they are the same job, merge them; if not, give each its more specific O*NET-SOC code.',
        socCode: '29-1141.00',
        sameAs: ['rn', 'rn-2'],
      },
    ]);
  });

  it('counts 29-1141 and 29-1141.00 as the same code, but not the more specific 29-1141.01', () => {
    const findings = run(findDuplicateSocCodes, {
      occupations: [
        { id: 'rn', title: 'Registered Nurse', socCode: '29-1141' },
        { id: 'rn-onet', title: 'Registered Nurse (O*NET)', socCode: '29-1141.00' },
        { id: 'acute', title: 'Acute Care Nurse', socCode: '29-1141.01' },
      ],
    });
    expect(targets(findings)).toEqual(['duplicate-soc rn-onet']);
  });

  it('finds nothing when codes differ or are missing', () => {
    const findings = run(findDuplicateSocCodes, {
      occupations: [
        { id: 'a', title: 'A', socCode: '29-2061' },
        { id: 'b', title: 'B' },
        { id: 'c', title: 'C' },
      ],
    });
    expect(findings).toEqual([]);
  });
});
