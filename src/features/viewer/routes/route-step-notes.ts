import type { RouteStep } from '../../../domain/graph/route';
import { apprenticeshipPayNote, STARTING_PAY_NOT_KNOWN } from '../../../domain/pay-words';
import type { Occupation } from '../../../domain/schema/map';
import { assumedText, stepTotalCostText, stepTotalMonthsText } from './route-words';

// What a route's step says besides its requirements, in the words both the screen (route-steps.tsx)
// and the printed handout use: one function each, so what goes home on paper is what the screen said.

/** "About 12 months · Costs $4,000 · Assumed the cheapest known choice: ADN · Through an apprenticeship: earn while you learn". */
export function stepFiguresText(step: Pick<RouteStep, 'months' | 'costUsd' | 'assumed' | 'transition'>): string {
  const assumed = assumedText(step.assumed);
  return [
    stepTotalMonthsText(step.months),
    stepTotalCostText(step.costUsd),
    ...(assumed === undefined ? [] : [assumed]),
    ...(step.transition.viaApprenticeship === true ? ['Through an apprenticeship: earn while you learn'] : []),
  ].join(' · ');
}

/** "By way of Approved PN program, then NCLEX-PN": the step cards passed on the way; undefined when none. */
export function stepViaText(step: Pick<RouteStep, 'via'>): string | undefined {
  return step.via.length === 0 ? undefined : `By way of ${step.via.map((passed) => passed.card.title).join(', then ')}`;
}

/**
 * What a step's job offers by way of apprenticeship, with its starting pay ("not on file" when the map
 * names none): "Medical Assistant has a registered apprenticeship; starting pay not on file." A step
 * made through the apprenticeship already says so (stepFiguresText), so then only its pay is added.
 * Undefined when the job has neither a registered apprenticeship nor a pre-apprenticeship.
 */
export function apprenticeshipNote(job: Pick<Occupation, 'title' | 'apprenticeship'>, viaApprenticeship: boolean): string | undefined {
  const apprenticeship = job.apprenticeship;
  if (!apprenticeship) return undefined;
  const pay = apprenticeshipPayNote(apprenticeship) ?? STARTING_PAY_NOT_KNOWN.toLowerCase();
  const kinds = [
    ...(apprenticeship.registered && !viaApprenticeship ? ['a registered apprenticeship'] : []),
    ...(apprenticeship.preApprenticeship === true ? ['a pre-apprenticeship'] : []),
  ];
  if (kinds.length > 0) return `${job.title} has ${kinds.join(' and ')}; ${pay}.`;
  return apprenticeship.registered && viaApprenticeship ? `Apprenticeship ${pay}.` : undefined;
}
