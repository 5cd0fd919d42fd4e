import type { Occupation, Transition } from '../schema/map';
import { wageGain, type WageAmount } from './route-wages';

/** One move along a route, with both of its occupations. */
export type RouteStep = { transition: Transition; from: Occupation; to: Occupation };

/**
 * A total over a route's steps: the sum of the figures the map gives, and how many steps have none.
 * unknownSteps 0 means the total is exact; otherwise it is "at least" the known part (and "not known"
 * when no step has a figure).
 */
export type RouteTotal = { known: number; unknownSteps: number };

export type Route = {
  /** Stable for the same occupations in the same order (a JSON list of their ids). */
  key: string;
  /** Start to goal; one more than the steps. */
  occupations: Occupation[];
  steps: RouteStep[];
  totalMonths: RouteTotal;
  totalCostUsd: RouteTotal;
  /** Goal's median minus the start's, in the goal's unit; undefined when either median isn't known. */
  wageGain: WageAmount | undefined;
  stepCount: number;
  /** Steps made through an apprenticeship (earn while you learn). */
  apprenticeshipSteps: number;
};

function total(steps: readonly RouteStep[], figure: (transition: Transition) => number | undefined): RouteTotal {
  let known = 0;
  let unknownSteps = 0;
  for (const step of steps) {
    const value = figure(step.transition);
    if (value === undefined) unknownSteps += 1;
    else known += value;
  }
  return { known, unknownSteps };
}

/** A route from its occupations and the moves between them (occupations.length === transitions.length + 1). */
export function makeRoute(occupations: Occupation[], transitions: readonly Transition[]): Route {
  const steps = transitions.map((transition, index): RouteStep => ({
    transition,
    from: occupations[index] as Occupation,
    to: occupations[index + 1] as Occupation,
  }));
  return {
    key: JSON.stringify(occupations.map((occupation) => occupation.id)),
    occupations,
    steps,
    totalMonths: total(steps, (transition) => transition.typicalMonths),
    totalCostUsd: total(steps, (transition) => transition.costUsd),
    wageGain: wageGain(occupations[0], occupations[occupations.length - 1]),
    stepCount: steps.length,
    apprenticeshipSteps: steps.filter((step) => step.transition.viaApprenticeship === true).length,
  };
}
