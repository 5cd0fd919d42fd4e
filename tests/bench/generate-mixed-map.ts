import { generateMapJson } from './generate-map';

/** The mixed map's kinds of step, by a step's index mod 10: 4 credentials, 3 programs, 2 experience, 1 milestone. */
const KIND_BY_DIGIT = ['credential', 'credential', 'credential', 'credential', 'program', 'program', 'program', 'experience', 'experience', 'milestone'] as const;
const CREDENTIAL_TYPES = ['certificate', 'certification', 'license', 'degree', 'badge'] as const;
const LEVELS = ['Term 1', 'Term 2', 'Term 3', 'Term 4', 'Term 5'].map((label, index) => ({ id: `term-${index + 1}`, label }));

/** Step ids of a kind in step s's block of ten (k = which one of that kind), or in the block before. */
const stepId = (block: number, offset: number) => `step-${block * 10 + offset}`;
const credentialIn = (block: number, k: number) => stepId(block, k % 4);
const programIn = (block: number, k: number) => stepId(block, 4 + (k % 3));
const experienceIn = (block: number, k: number) => stepId(block, 7 + (k % 2));

/** What a step takes to get in: only steps of earlier blocks, so no way in ever loops. */
function toGetIn(step: number): Record<string, unknown> | undefined {
  const block = Math.floor(step / 10);
  if (block === 0) return undefined;
  const earlier = block - 1;
  switch (KIND_BY_DIGIT[step % 10]) {
    case 'credential': // any 1 of two programs, or an exam and experience
      return {
        type: 'any',
        of: [
          { type: 'program', cardId: programIn(earlier, step) },
          { type: 'program', cardId: programIn(earlier, step + 1) },
          { type: 'all', of: [{ type: 'exam', text: `Exam ${step}` }, { type: 'experience', cardId: experienceIn(earlier, step) }] },
        ],
      };
    case 'program':
      return { type: 'all', of: [{ type: 'education', education: 'high-school' }, { type: 'experience', cardId: experienceIn(earlier, step) }] };
    case 'experience':
      return step % 20 === 7 ? undefined : { type: 'any', count: 2, of: [{ type: 'other', text: 'A reference' }, { type: 'credential', cardId: credentialIn(earlier, step) }, { type: 'license', text: 'Driver licence' }] };
    default: // a milestone: all of one credential
      return { type: 'all', of: [{ type: 'credential', cardId: credentialIn(earlier, step) }] };
  }
}

function step(index: number, count: number): Record<string, unknown> {
  const kind = KIND_BY_DIGIT[index % 10]!;
  const base = { id: `step-${index}`, kind, title: `${kind[0]!.toUpperCase()}${kind.slice(1)} ${index + 1}`, level: LEVELS[index % LEVELS.length]!.id, summary: `A generated ${kind} among ${count} steps.` };
  const way = toGetIn(index);
  const withWay = way === undefined ? base : { ...base, toGetIn: way };
  switch (kind) {
    case 'credential':
      return { ...withWay, credentialType: CREDENTIAL_TYPES[index % 5], issuer: 'Benchmark Board', ...(index % 3 !== 0 && { costUsd: 100 + (index % 7) * 50 }) };
    case 'program':
      return { ...withWay, programType: index % 2 === 0 ? 'training' : 'registered-apprenticeship', provider: 'Benchmark College', lengthMonths: 3 + (index % 20), ...(index % 4 !== 0 && { costUsd: 1000 + (index % 9) * 500 }) };
    case 'experience':
      return index % 2 === 0 ? { ...withWay, months: 6 + (index % 12) } : { ...withWay, hours: 500 + (index % 8) * 250 };
    default:
      return withWay;
  }
}

/** A nested requirement tree naming steps near job i: a credential, and any 1 of a program, months of experience, or an exam with an experience card. */
function moveRequirements(job: number, jobs: number, steps: number): Record<string, unknown> {
  const block = Math.min(Math.floor(steps / 10) - 1, Math.floor((job * steps) / jobs / 10));
  return {
    type: 'all',
    of: [
      { type: 'credential', cardId: credentialIn(block, job) },
      {
        type: 'any',
        count: 1,
        of: [
          { type: 'program', cardId: programIn(block, job) },
          { type: 'experience', months: 6 + (job % 18) },
          { type: 'all', of: [{ type: 'exam', text: 'State exam' }, { type: 'experience', cardId: experienceIn(block, job) }] },
        ],
      },
    ],
  };
}

/**
 * A v2 map of `cardCount` cards for benchmarks: 60 % occupations (the generator's, on five levels of
 * the map's own), the rest steps (credentials, programs, experience, milestones) with ways in that
 * name earlier steps. Every third job-to-job move, and every move into or out of a step, asks for a
 * nested tree of "all of"/"any N of" groups whose items point at step cards; those moves state no
 * time, so routes count the cheapest way through the tree. Deterministic for a given size.
 */
export function generateMixedMapJson(cardCount: number): Record<string, unknown> {
  const jobs = Math.round(cardCount * 0.6);
  const steps = cardCount - jobs;
  const base = generateMapJson(jobs);
  const occupations = (base.occupations as Record<string, unknown>[]).map((occupation, i) => ({ ...occupation, level: LEVELS[i % LEVELS.length]!.id }));
  const jobMoves = (base.transitions as Record<string, unknown>[]).map((move, i) => {
    const { requirements: texts, typicalMonths, ...rest } = move;
    const job = Number(String(move.from).slice('occ-'.length));
    return i % 3 === 0
      ? { ...rest, requirements: moveRequirements(job, jobs, steps) }
      : { ...rest, typicalMonths, requirements: { type: 'all', of: (texts as string[]).map((text) => ({ type: 'other', text })) } };
  });
  // Each step sits between two jobs: a job leads to it, and it leads into a job two further on.
  const stepMoves = Array.from({ length: steps }, (_, s) => {
    const job = Math.floor((s * jobs) / steps);
    return [
      { id: `into-step-${s}`, from: `occ-${job}`, to: `step-${s}`, kind: 'advancement' },
      { id: `out-of-step-${s}`, from: `step-${s}`, to: `occ-${Math.min(jobs - 1, job + 2)}`, kind: 'entry', requirements: moveRequirements(job, jobs, steps) },
    ];
  }).flat();
  return {
    ...base,
    schemaVersion: 2,
    id: `generated-mixed-${cardCount}`,
    title: `Generated map with ${cardCount} cards of mixed kinds`,
    levels: LEVELS,
    occupations,
    steps: Array.from({ length: steps }, (_, s) => step(s, steps)),
    transitions: [...jobMoves, ...stepMoves],
  };
}
