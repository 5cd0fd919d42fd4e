import { EDUCATION_LABELS } from '../labels';
import { readOutItem } from '../requirements/read-out';
import type { Occupation, Step, Transition } from '../schema/map';
import type { Card } from './graph-index';
import type { MoveFigures } from './move-figures';
import { wageGain, type WageGain } from './route-wages';

/**
 * A total over a route's moves: the sum of the figures known, and how many moves have a part not
 * known. unknownSteps 0 means the total is exact; otherwise it is "at least" the known part (and
 * "not known" when no move has a figure).
 */
export type RouteTotal = { known: number; unknownSteps: number };

/**
 * A step card passed on the way to the next job (a credential, a program), with the move into it;
 * no move for the card a "no experience" route starts at, or a card its way in names (route-starts.ts).
 */
export type RouteVia = { card: Step; transition: Transition | undefined };

/**
 * How a "no experience" route gets to its first job when the map says what gets you in: the step
 * cards before it (the first is where the route starts), the move into the job from the last of them
 * (undefined when the route starts at the job and passes the cards an entry move names), and what
 * that takes, with the choices assumed.
 */
export type RouteStart = {
  via: RouteVia[];
  transition: Transition | undefined;
  months: RouteTotal;
  costUsd: RouteTotal;
  assumed: string[];
};

/**
 * One job to the next along a route. `transition` is the move into `to`; `via` the step cards passed
 * before it, each with the move into it (empty for a move straight from job to job).
 */
export type RouteStep = {
  transition: Transition;
  from: Occupation;
  to: Occupation;
  via: RouteVia[];
  /** What the moves of this step take together (stated figures, else the cheapest way through their requirements). */
  months: RouteTotal;
  costUsd: RouteTotal;
  /** For each "any" group where a choice was assumed: what was chosen, in words ("ADN"). */
  assumed: string[];
};

export type Route = {
  /** Stable for the same cards in the same order (a JSON list of their ids). */
  key: string;
  /** The jobs along it, first job to goal; one more than the steps. */
  occupations: Occupation[];
  /** What comes before the first job, for a "no experience" route that starts at a step card or passes the cards of its way in. */
  start: RouteStart | undefined;
  steps: RouteStep[];
  totalMonths: RouteTotal;
  totalCostUsd: RouteTotal;
  /**
   * Goal's wage figure minus the first job's, in the goal's unit, when both are the same stated
   * statistic, else "not comparable"; undefined when either figure isn't known.
   */
  wageGain: WageGain | undefined;
  /** The moves it takes (a credential passed on the way is a move into it and one out of it). */
  stepCount: number;
  /** Steps made through an apprenticeship (earn while you learn). */
  apprenticeshipSteps: number;
};

const add = (total: RouteTotal, known: number, unknownParts: number): RouteTotal => ({
  known: total.known + known,
  unknownSteps: total.unknownSteps + (unknownParts > 0 ? 1 : 0),
});
const NONE: RouteTotal = { known: 0, unknownSteps: 0 };

/** A move as the route search found it: the move, the card it leads to, and its figures. */
export type RouteMove = { transition: Transition; to: Card; figures: MoveFigures };

/** Where a route begins: a job, or a step card from no experience; what that takes before the first move; the cards its way in names. */
export type RouteOrigin = { card: Card; figures: MoveFigures | undefined; named: readonly Step[] };

/**
 * A route from where it begins and the moves after it, each into a card; a card that is a job
 * (`isJob`) ends a step, the others are passed on the way. Until the first job, everything counts
 * towards the route's start. The last move leads into a job. `titleOf` names the cards an assumed
 * choice points at.
 */
export function makeRoute(origin: RouteOrigin, moves: readonly RouteMove[], isJob: (card: Card) => card is Occupation, titleOf: (id: string) => string | undefined): Route {
  const occupations: Occupation[] = [];
  const steps: RouteStep[] = [];
  let start: RouteStart | undefined;
  let via: RouteVia[];
  let months = NONE;
  let cost = NONE;
  let assumed: string[] = [];
  const words = { titleOf, educationLabel: (level: keyof typeof EDUCATION_LABELS) => EDUCATION_LABELS[level] };
  const take = ({ cost: figures, way }: MoveFigures) => {
    months = add(months, figures.months, figures.unknownMonthParts);
    cost = add(cost, figures.usd, figures.unknownUsdParts);
    for (const choice of way?.choices ?? []) {
      assumed.push(choice.chosen.flat().map((item) => readOutItem(item, words)).join(' and '));
    }
  };
  const reset = () => {
    via = [];
    months = NONE;
    cost = NONE;
    assumed = [];
  };
  if (isJob(origin.card)) {
    occupations.push(origin.card);
    via = origin.named.map((card) => ({ card, transition: undefined }));
  } else via = [{ card: origin.card, transition: undefined }];
  if (origin.figures) take(origin.figures);
  if (occupations.length > 0 && via.length > 0) {
    start = { via, transition: undefined, months, costUsd: cost, assumed };
    reset();
  }
  for (const move of moves) {
    take(move.figures);
    if (!isJob(move.to)) {
      via.push({ card: move.to, transition: move.transition });
      continue;
    }
    const from = occupations.at(-1);
    if (from === undefined) start = { via, transition: move.transition, months, costUsd: cost, assumed };
    else steps.push({ transition: move.transition, from, to: move.to, via, months, costUsd: cost, assumed });
    occupations.push(move.to);
    reset();
  }
  const parts: { months: RouteTotal; costUsd: RouteTotal }[] = start ? [start, ...steps] : steps;
  const sum = (pick: (part: { months: RouteTotal; costUsd: RouteTotal }) => RouteTotal) =>
    parts.reduce((total, part) => ({ known: total.known + pick(part).known, unknownSteps: total.unknownSteps + pick(part).unknownSteps }), NONE);
  const through = (part: { via: RouteVia[]; transition: Transition | undefined }) =>
    [part.transition, ...part.via.map((passed) => passed.transition)].some((move) => move?.viaApprenticeship === true);
  return {
    key: JSON.stringify([origin.card.id, ...moves.map((move) => move.to.id)]),
    occupations,
    start,
    steps,
    totalMonths: sum((part) => part.months),
    totalCostUsd: sum((part) => part.costUsd),
    wageGain: wageGain(occupations[0], occupations[occupations.length - 1]),
    stepCount: moves.length,
    apprenticeshipSteps: [...(start ? [start] : []), ...steps].filter(through).length,
  };
}
