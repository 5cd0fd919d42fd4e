import type { Route, RouteStart, RouteTotal } from '../../../domain/graph/route';
import type { WageGain } from '../../../domain/graph/route-wages';
import { statisticName } from '../../../domain/wage-statistic';
import { dollarText, monthsText as months, perUnitText, wholeDollarText } from '../../../domain/wage-words';

// How a route's figures are put into words. A total with steps the map gives no figure for is "at
// least" what is known, or "not known" when nothing is: never a made-up number.

/** "18 months", "at least 18 months", "time not known". */
export function monthsText(total: RouteTotal): string {
  if (total.unknownSteps === 0) return months(total.known);
  return total.known > 0 ? `at least ${months(total.known)}` : 'time not known';
}

/** "$4,000", "at least $4,000", "cost not known". */
export function costText(total: RouteTotal): string {
  if (total.unknownSteps === 0) return wholeDollarText(total.known);
  return total.known > 0 ? `at least ${wholeDollarText(total.known)}` : 'cost not known';
}

/**
 * "+$50,250 a year (mean to mean)", "−$1.50 an hour (median to median)", "not known", or, when the
 * two figures are different statistics, "not comparable (10th percentile vs mean)".
 */
export function gainText(gain: WageGain | undefined): string {
  if (gain === undefined) return 'not known';
  if (!gain.comparable) return `not comparable (${statisticName(gain.from)} vs ${statisticName(gain.to)})`;
  const sign = gain.amount > 0 ? '+' : gain.amount < 0 ? '−' : '';
  const name = statisticName(gain.statistic);
  return `${sign}${dollarText(Math.abs(gain.amount), gain.unit)} ${perUnitText(gain.unit)} (${name} to ${name})`;
}

export function stepsText(count: number): string {
  if (count === 0) return 'no moves: start here';
  return `${count} ${count === 1 ? 'step' : 'steps'}`;
}

/** "1 earn-while-you-learn step" or "none". */
export function apprenticeshipText(count: number): string {
  if (count === 0) return 'none';
  return `${count} earn-while-you-learn ${count === 1 ? 'step' : 'steps'}`;
}

/**
 * The jobs a route leads to that offer an apprenticeship, as their steps say it (route-step-notes.ts):
 * a registered one where the move into the job is not itself made through it, and a pre-apprenticeship.
 */
export function apprenticeshipJobs(route: Route): { title: string; registered: boolean; pre: boolean }[] {
  return route.steps
    .map((step) => ({
      title: step.to.title,
      registered: step.to.apprenticeship?.registered === true && step.transition.viaApprenticeship !== true,
      pre: step.to.apprenticeship?.preApprenticeship === true,
    }))
    .filter((job) => job.registered || job.pre);
}

const KINDS = {
  registered: { one: 'a registered apprenticeship', several: 'registered apprenticeships' },
  pre: { one: 'a pre-apprenticeship', several: 'pre-apprenticeships' },
  both: { one: 'a registered apprenticeship and a pre-apprenticeship', several: 'registered apprenticeships and pre-apprenticeships' },
} as const;

/**
 * A route's apprenticeships in a few words, agreeing with its steps: the moves made through an
 * apprenticeship, and the jobs on it that have a registered one or a pre-apprenticeship ("none" only
 * when there is neither): "1 earn-while-you-learn step", "Medical Assistant has a registered
 * apprenticeship", "1 earn-while-you-learn step; A and B have registered apprenticeships".
 */
export function routeApprenticeshipText(route: Route): string {
  const jobs = apprenticeshipJobs(route);
  const said = (['registered', 'pre', 'both'] as const).flatMap((kind) => {
    const titles = jobs
      .filter((job) => (kind === 'both' ? job.registered && job.pre : kind === 'registered' ? job.registered && !job.pre : job.pre && !job.registered))
      .map((job) => job.title);
    if (titles.length === 0) return [];
    return [titles.length === 1 ? `${titles[0]} has ${KINDS[kind].one}` : `${listText(titles)} have ${KINDS[kind].several}`];
  });
  const offered = said.length === 0 ? undefined : said.join('; ');
  if (route.apprenticeshipSteps === 0) return offered ?? 'none';
  return [apprenticeshipText(route.apprenticeshipSteps), offered].filter(Boolean).join('; ');
}

/** "A", "A and B", "A, B and C". */
function listText(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Every card along a route in order, the step cards passed included: "Nursing Assistant → Licensed
 * Practical Nurse → Registered Nurse", "PN program → NCLEX-PN → Licensed Practical Nurse".
 */
export function routePathText(route: Route): string {
  const [first, ...later] = route.occupations;
  const titles = [
    ...(route.start?.via.map((passed) => passed.card.title) ?? []),
    ...(first ? [first.title] : []),
    ...later.flatMap((job, index) => [...(route.steps[index]?.via.map((passed) => passed.card.title) ?? []), job.title]),
  ];
  return titles.join(' → ');
}

/** How a route gets to its first job, for the "Start:" line: "PN program → NCLEX-PN → Licensed Practical Nurse". */
export function startPathText(route: Route): string {
  return [...(route.start?.via.map((passed) => passed.card.title) ?? []), ...route.occupations.slice(0, 1).map((job) => job.title)].join(' → ');
}

/** How long one move takes, in words. */
export function stepMonthsText(typicalMonths: number | undefined): string {
  return typicalMonths === undefined ? 'Time not known' : `About ${months(typicalMonths)}`;
}

export function stepCostText(costUsd: number | undefined): string {
  if (costUsd === undefined) return 'Cost not known';
  return costUsd === 0 ? 'No cost' : `Costs ${wholeDollarText(costUsd)}`;
}

/** How long one step of a route takes: "About 18 months", "At least 18 months", "Time not known". */
export function stepTotalMonthsText(total: RouteTotal): string {
  if (total.unknownSteps === 0) return stepMonthsText(total.known);
  return total.known > 0 ? `At least ${months(total.known)}` : 'Time not known';
}

/** What one step of a route costs: "Costs $4,000", "At least $4,000", "No cost", "Cost not known". */
export function stepTotalCostText(total: RouteTotal): string {
  if (total.unknownSteps === 0) return stepCostText(total.known);
  return total.known > 0 ? `At least ${wholeDollarText(total.known)}` : 'Cost not known';
}

/** The choices a step's figures assumed: "Assumed the cheapest known choice: ADN". */
export function assumedText(assumed: readonly string[]): string | undefined {
  if (assumed.length === 0) return undefined;
  return assumed.length === 1 ? `Assumed the cheapest known choice: ${assumed[0]}` : `Assumed the cheapest known choices: ${assumed.join('; ')}`;
}

/** What a route's start takes, in one line: "About 12 months · Costs $8,200 · Assumed the cheapest known choice: ADN". */
export function startFiguresText(start: RouteStart): string {
  const assumed = assumedText(start.assumed);
  return `${stepTotalMonthsText(start.months)} · ${stepTotalCostText(start.costUsd)}${assumed === undefined ? '' : ` · ${assumed}`}`;
}
