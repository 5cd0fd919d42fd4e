import { EDUCATION_LABELS } from '../labels';
import { readOutItem } from '../requirements/read-out';
import type { Occupation, Step, Transition } from '../schema/map';
import type { Card } from './graph-index';
import type { MoveFigures } from './move-figures';
import { wageGain, type WageAmount } from './route-wages';

/**
 * A total over a route's moves: the sum of the figures known, and how many moves have a part not
 * known. unknownSteps 0 means the total is exact; otherwise it is "at least" the known part (and
 * "not known" when no move has a figure).
 */
export type RouteTotal = { known: number; unknownSteps: number };

/** A step card passed on the way to the next job (a credential, a program), with the move into it. */
export type RouteVia = { card: Step; transition: Transition };

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
  /** The jobs along it, start to goal; one more than the steps. */
  occupations: Occupation[];
  steps: RouteStep[];
  totalMonths: RouteTotal;
  totalCostUsd: RouteTotal;
  /** Goal's median minus the start's, in the goal's unit; undefined when either median isn't known. */
  wageGain: WageAmount | undefined;
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

/**
 * A route from its first job and the moves after it, each into a card; a card that is a job (`isJob`)
 * ends a step, the others are passed on the way. The last move leads into a job. `titleOf` names the
 * cards an assumed choice points at.
 */
export function makeRoute(start: Occupation, moves: readonly RouteMove[], isJob: (card: Card) => card is Occupation, titleOf: (id: string) => string | undefined): Route {
  const occupations: Occupation[] = [start];
  const steps: RouteStep[] = [];
  let via: RouteVia[] = [];
  let months = NONE;
  let cost = NONE;
  let assumed: string[] = [];
  const words = { titleOf, educationLabel: (level: keyof typeof EDUCATION_LABELS) => EDUCATION_LABELS[level] };
  for (const move of moves) {
    const { cost: figures, way } = move.figures;
    months = add(months, figures.months, figures.unknownMonthParts);
    cost = add(cost, figures.usd, figures.unknownUsdParts);
    for (const choice of way?.choices ?? []) {
      assumed.push(choice.chosen.flat().map((item) => readOutItem(item, words)).join(' and '));
    }
    if (!isJob(move.to)) {
      via.push({ card: move.to, transition: move.transition });
      continue;
    }
    steps.push({ transition: move.transition, from: occupations.at(-1)!, to: move.to, via, months, costUsd: cost, assumed });
    occupations.push(move.to);
    via = [];
    months = NONE;
    cost = NONE;
    assumed = [];
  }
  const sum = (pick: (step: RouteStep) => RouteTotal) =>
    steps.reduce((total, step) => ({ known: total.known + pick(step).known, unknownSteps: total.unknownSteps + pick(step).unknownSteps }), NONE);
  return {
    key: JSON.stringify([start.id, ...moves.map((move) => move.to.id)]),
    occupations,
    steps,
    totalMonths: sum((step) => step.months),
    totalCostUsd: sum((step) => step.costUsd),
    wageGain: wageGain(occupations[0], occupations[occupations.length - 1]),
    stepCount: moves.length,
    apprenticeshipSteps: steps.filter((step) => [step.transition, ...step.via.map((passed) => passed.transition)].some((move) => move.viaApprenticeship === true)).length,
  };
}
