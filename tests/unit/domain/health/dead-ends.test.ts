import { describe, expect, it } from 'vitest';
import { findDeadEnds } from '../../../../src/domain/health/dead-ends';
import { run, targets } from './helpers';

describe('findDeadEnds', () => {
  it('flags entry and middle occupations with no move out, saying what to do for each', () => {
    const findings = run(findDeadEnds, {
      occupations: [
        { id: 'cna', title: 'Nursing Assistant', level: 'entry' },
        { id: 'lpn', title: 'Licensed Practical Nurse', level: 'middle' },
      ],
    });
    expect(findings).toEqual([
      {
        code: 'dead-end',
        severity: 'info',
        targetId: 'cna',
        targetKind: 'occupation',
        path: 'occupations[0]',
        message: 'Nursing Assistant is an entry-level job with no move out of it. Add where people can go next from it.',
        level: 'entry',
      },
      {
        code: 'dead-end',
        severity: 'info',
        targetId: 'lpn',
        targetKind: 'occupation',
        path: 'occupations[1]',
        message:
          'Licensed Practical Nurse is a middle-level job with no move out of it. Add where people go next, or set its level to advanced if it is the top of its ladder.',
        level: 'middle',
      },
    ]);
  });

  it('leaves advanced occupations and any occupation with a move out (lateral included) alone', () => {
    const findings = run(findDeadEnds, {
      occupations: [
        { id: 'cna', title: 'CNA', level: 'entry' },
        { id: 'ma', title: 'Medical Assistant', level: 'entry' },
        { id: 'rn', title: 'RN', level: 'advanced' },
      ],
      transitions: [
        { id: 'cna-ma', from: 'cna', to: 'ma', kind: 'lateral' },
        { id: 'ma-rn', from: 'ma', to: 'rn' },
      ],
    });
    expect(findings).toEqual([]);
  });

  it('counts an occupation without a level as below advanced, and asks for its level', () => {
    const findings = run(findDeadEnds, { occupations: [{ id: 'x', title: 'Scribe' }] });
    expect(targets(findings)).toEqual(['dead-end x']);
    expect(findings[0]?.level).toBeUndefined();
    expect(findings[0]?.message).toBe('Scribe has no level and no move out of it. Set its level, and unless it is advanced, add where people go next.');
  });

  it('is not satisfied by a move into the occupation', () => {
    const findings = run(findDeadEnds, {
      occupations: [
        { id: 'a', title: 'A', level: 'entry' },
        { id: 'b', title: 'B', level: 'middle' },
      ],
      transitions: [{ id: 'a-b', from: 'a', to: 'b' }],
    });
    expect(targets(findings)).toEqual(['dead-end b']);
  });
});
