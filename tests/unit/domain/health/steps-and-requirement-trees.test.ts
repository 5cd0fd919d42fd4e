import { describe, expect, it } from 'vitest';
import { findMissingRequirements } from '../../../../src/domain/health/requirements';
import { findUnmeetableRequirements } from '../../../../src/domain/health/unmeetable-requirements';
import { findUnusedCredentials } from '../../../../src/domain/health/unused-credentials';
import { run, targets } from './helpers';

const jobs = [
  { id: 'cna', title: 'Nursing Assistant', level: 'entry' },
  { id: 'rn', title: 'Registered Nurse', level: 'advanced' },
];
const credentials = [
  { id: 'adn', kind: 'credential', credentialType: 'degree', title: 'ADN' },
  { id: 'bsn', kind: 'credential', credentialType: 'degree', title: 'BSN' },
  { id: 'cpr', kind: 'credential', credentialType: 'certification', title: 'CPR card' },
];

describe('findUnmeetableRequirements', () => {
  it('flags "any 3 of" two items where the group is, in words', () => {
    const findings = run(findUnmeetableRequirements, {
      schemaVersion: 2,
      occupations: jobs,
      steps: credentials,
      transitions: [
        {
          id: 'cna-rn',
          from: 'cna',
          to: 'rn',
          requirements: { type: 'all', of: [{ type: 'exam', text: 'NCLEX-RN' }, { type: 'any', count: 3, of: [{ type: 'credential', cardId: 'adn' }, { type: 'credential', cardId: 'bsn' }] }] },
        },
      ],
    });
    expect(findings).toEqual([
      {
        code: 'unmeetable-requirement',
        severity: 'warning',
        targetId: 'cna-rn',
        targetKind: 'transition',
        path: 'transitions[0].requirements.of[1]',
        needed: 3,
        available: 2,
        message:
          'The move from Nursing Assistant to Registered Nurse asks for 3 of 2 choices (any 3 of: ADN, BSN), so nobody can meet it. Lower the number or add the missing choices.',
      },
    ]);
  });

  it('flags a step whose way in is "any 1 of" nothing, and passes groups that can be met', () => {
    const findings = run(findUnmeetableRequirements, {
      schemaVersion: 2,
      occupations: jobs,
      steps: [
        { ...credentials[0], toGetIn: { type: 'any', of: [] } },
        { ...credentials[1], toGetIn: { type: 'any', count: 2, of: [{ type: 'other', text: 'A' }, { type: 'other', text: 'B' }] } },
      ],
      transitions: [{ id: 'cna-rn', from: 'cna', to: 'rn', requirements: { type: 'all', of: [] } }],
    });
    expect(targets(findings)).toEqual(['unmeetable-requirement adn']);
    expect(findings[0]?.path).toBe('steps[0].toGetIn');
  });
});

describe('findUnusedCredentials', () => {
  it('flags a credential no move touches and no requirement names; programs and used credentials pass', () => {
    const findings = run(findUnusedCredentials, {
      schemaVersion: 2,
      occupations: jobs,
      steps: [...credentials, { id: 'pn', kind: 'program', programType: 'training', title: 'PN program' }],
      transitions: [
        { id: 'adn-rn', from: 'adn', to: 'rn' },
        { id: 'cna-rn', from: 'cna', to: 'rn', requirements: { type: 'all', of: [{ type: 'credential', cardId: 'bsn' }] } },
      ],
    });
    expect(findings).toEqual([
      {
        code: 'unused-credential',
        severity: 'info',
        targetId: 'cpr',
        targetKind: 'step',
        path: 'steps[2]',
        message:
          "CPR card is a credential nothing requires and no move leads from or into. Name it in a move's requirements, or join it to the jobs it leads to.",
      },
    ]);
  });
});

describe('findMissingRequirements on trees', () => {
  it('counts a move whose tree names a card as having requirements, and one with only blank texts as not', () => {
    const findings = run(findMissingRequirements, {
      schemaVersion: 2,
      occupations: jobs,
      steps: credentials,
      transitions: [
        { id: 'a', from: 'cna', to: 'rn', requirements: { type: 'any', of: [{ type: 'credential', cardId: 'adn' }] } },
        { id: 'b', from: 'rn', to: 'cna', requirements: { type: 'all', of: [{ type: 'other', text: '  ' }] } },
      ],
    });
    expect(targets(findings)).toEqual(['no-requirements b']);
  });
});
