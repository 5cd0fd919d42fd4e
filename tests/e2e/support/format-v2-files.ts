// Small map files in each format version, for the e2e tests of import, export and the validator.

/** A v1 file as version 1 of the app wrote it: fixed levels, requirements as lists of texts. */
export const V1_LADDER = {
  schemaVersion: 1,
  id: 'nursing-ladder-v1',
  title: 'Nursing ladder (v1 file)',
  occupations: [
    { id: 'cna', title: 'Certified Nursing Assistant', level: 'entry', wage: { min: 36000, median: 39000, max: 43000, unit: 'year' } },
    { id: 'lpn', title: 'Licensed Practical Nurse', level: 'middle', education: 'postsecondary-nondegree' },
    { id: 'rn', title: 'Registered Nurse', level: 'advanced' },
  ],
  transitions: [
    { id: 'cna-lpn', from: 'cna', to: 'lpn', kind: 'advancement', requirements: ['LPN certificate', 'Pass the NCLEX-PN exam'], typicalMonths: 12 },
    { id: 'lpn-rn', from: 'lpn', to: 'rn', kind: 'advancement', requirements: ['ADN or BSN'], costUsd: 9000 },
  ],
};

/** A v2 file: its own levels, credential steps, and requirement trees whose items point at cards. */
export const V2_WITH_STEPS = {
  schemaVersion: 2,
  id: 'nursing-steps-v2',
  title: 'Nursing with credentials (v2 file)',
  levels: [
    { id: 'start', label: 'Starting out' },
    { id: 'licensed', label: 'Licensed' },
  ],
  occupations: [
    { id: 'cna', title: 'Certified Nursing Assistant', level: 'start' },
    { id: 'rn', title: 'Registered Nurse', level: 'licensed' },
  ],
  steps: [
    { id: 'adn', kind: 'credential', credentialType: 'degree', title: 'ADN', level: 'start', costUsd: 12000 },
    { id: 'bsn', kind: 'credential', credentialType: 'degree', title: 'BSN', level: 'start', costUsd: 40000 },
    {
      id: 'nclex-rn',
      kind: 'credential',
      credentialType: 'license',
      title: 'NCLEX-RN',
      level: 'licensed',
      toGetIn: { type: 'any', count: 1, of: [{ type: 'credential', cardId: 'adn' }, { type: 'credential', cardId: 'bsn' }] },
    },
  ],
  transitions: [
    { id: 'cna-nclex', from: 'cna', to: 'nclex-rn', kind: 'advancement' },
    {
      id: 'nclex-rn-job',
      from: 'nclex-rn',
      to: 'rn',
      kind: 'entry',
      requirements: { type: 'all', of: [{ type: 'license', cardId: 'nclex-rn' }, { type: 'other', text: 'A clinical placement' }] },
    },
  ],
};

type Step = { id: string; title: string; toGetIn?: unknown };

/** The v2 file with different steps (and nothing leading into them), under a new id and title. */
export function v2WithSteps(id: string, title: string, steps: Step[]): Record<string, unknown> {
  return {
    ...V2_WITH_STEPS,
    id,
    title,
    steps: steps.map((step) => ({ kind: 'milestone', ...step })),
    transitions: [],
  };
}
