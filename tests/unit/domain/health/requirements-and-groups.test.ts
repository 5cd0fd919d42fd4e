import { describe, expect, it } from 'vitest';
import { findEmptyGroups } from '../../../../src/domain/health/empty-groups';
import { findMissingRequirements } from '../../../../src/domain/health/requirements';
import { run, targets } from './helpers';

const jobs = [
  { id: 'cna', title: 'Nursing Assistant', groupId: 'care' },
  { id: 'lpn', title: 'Licensed Practical Nurse', groupId: 'care' },
];

describe('findMissingRequirements', () => {
  it('flags a move with no requirements, at requirements, naming both ends', () => {
    const findings = run(findMissingRequirements, {
      groups: [{ id: 'care', label: 'Care' }],
      occupations: jobs,
      transitions: [{ id: 'cna-lpn', from: 'cna', to: 'lpn', kind: 'advancement' }],
    });
    expect(findings).toEqual([
      {
        code: 'no-requirements',
        severity: 'info',
        targetId: 'cna-lpn',
        targetKind: 'transition',
        path: 'transitions[0].requirements',
        message:
          'The move from Nursing Assistant to Licensed Practical Nurse lists no requirements. Add what it takes, such as a license, a program or experience.',
      },
    ]);
  });

  it('treats an empty list, or blank entries only, as no requirements, whatever the kind', () => {
    const findings = run(findMissingRequirements, {
      groups: [{ id: 'care', label: 'Care' }],
      occupations: jobs,
      transitions: [
        { id: 'up', from: 'cna', to: 'lpn', requirements: [] },
        { id: 'down', from: 'lpn', to: 'cna', kind: 'lateral', requirements: ['  '] },
      ],
    });
    expect(targets(findings)).toEqual(['no-requirements up', 'no-requirements down']);
  });

  it('finds nothing when a move says what it takes', () => {
    const findings = run(findMissingRequirements, {
      groups: [{ id: 'care', label: 'Care' }],
      occupations: jobs,
      transitions: [{ id: 'up', from: 'cna', to: 'lpn', requirements: ['LPN license'] }],
    });
    expect(findings).toEqual([]);
  });
});

describe('findEmptyGroups', () => {
  it('flags a group no occupation is in, at its place in groups', () => {
    const findings = run(findEmptyGroups, {
      groups: [
        { id: 'care', label: 'Care' },
        { id: 'lab', label: 'Laboratory' },
      ],
      occupations: jobs,
    });
    expect(findings).toEqual([
      {
        code: 'empty-group',
        severity: 'info',
        targetId: 'lab',
        targetKind: 'group',
        path: 'groups[1]',
        message: 'The group Laboratory has no occupations. Put occupations in it, or remove it.',
      },
    ]);
  });

  it('finds nothing when every group has an occupation', () => {
    expect(run(findEmptyGroups, { groups: [{ id: 'care', label: 'Care' }], occupations: jobs })).toEqual([]);
  });
});
