import type { Choice } from '../../../components/narrow-choices';
import type { PathwayMap } from '../../../domain/schema/map';
import { STEP_KINDS, type StepKind } from '../../../domain/schema/step';

/** The chooser's sections for step cards, named for what they hold. */
const STEP_GROUPS: Readonly<Record<StepKind, string>> = {
  credential: 'Credentials',
  program: 'Programs',
  experience: 'Experience',
  milestone: 'Milestones',
};

/**
 * Every card a move from `from` can lead to: the jobs, then the step cards by kind (a move joins any
 * two cards). On a map with step cards each is in its kind's section ("Jobs", "Credentials", …); a
 * map of jobs only lists them plainly, as before.
 */
export function moveTargets(map: Pick<PathwayMap, 'occupations' | 'steps'>, from: string): Choice[] {
  const jobs = map.occupations.filter((card) => card.id !== from);
  if (map.steps.length === 0) return jobs.map((card) => ({ id: card.id, label: card.title }));
  return [
    ...jobs.map((card) => ({ id: card.id, label: card.title, group: 'Jobs' })),
    ...STEP_KINDS.flatMap((kind) =>
      map.steps.filter((step) => step.kind === kind && step.id !== from).map((step) => ({ id: step.id, label: step.title, group: STEP_GROUPS[kind] })),
    ),
  ];
}
