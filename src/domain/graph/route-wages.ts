import type { Occupation, Wage } from '../schema/map';
import type { WageStatistic } from '../wage-statistic';

/** Full-time hours in a year, for comparing an hourly figure with a yearly one (BLS uses the same 2,080). */
export const HOURS_PER_YEAR = 2080;

export type WageUnit = Wage['unit'];
/** An amount of dollars per hour or per year. */
export type WageAmount = { amount: number; unit: WageUnit };

/** The amount in another unit: hourly × 2,080 = yearly. */
export function convertWage(amount: number, from: WageUnit, to: WageUnit): number {
  if (from === to) return amount;
  return to === 'year' ? amount * HOURS_PER_YEAR : amount / HOURS_PER_YEAR;
}

/** A wage figure, its unit and the statistic it is (undefined: not stated). */
export type WageFigure = WageAmount & { statistic: WageStatistic | undefined };

/** The wage figure (`wage.amount`, whatever its statistic) with its statistic, or undefined when there is none. */
export function wageFigureOf(occupation: Occupation | undefined): WageFigure | undefined {
  const wage = occupation?.wage;
  return wage?.amount === undefined ? undefined : { amount: wage.amount, unit: wage.unit, statistic: wage.statistic };
}

/**
 * A route's pay rise, first job to goal: an amount only when both figures are the same stated
 * statistic (a mean to a mean). Otherwise it is "not comparable", naming both statistics: a 10th
 * percentile subtracted from a mean, or a figure whose statistic no one stated, is no gain at all.
 */
export type WageGain =
  | (WageAmount & { comparable: true; statistic: WageStatistic })
  | { comparable: false; from: WageStatistic | undefined; to: WageStatistic | undefined };

/**
 * Figure to figure, in the goal's unit (a start paid by the hour is converted at 2,080 hours a year
 * when the goal is paid by the year, and back). Undefined when either figure is not known: a wage
 * that isn't on the map is never guessed, and min or max are not the figure.
 */
export function wageGain(start: Occupation | undefined, goal: Occupation | undefined): WageGain | undefined {
  const from = wageFigureOf(start);
  const to = wageFigureOf(goal);
  if (!from || !to) return undefined;
  if (from.statistic === undefined || from.statistic !== to.statistic) return { comparable: false, from: from.statistic, to: to.statistic };
  return { comparable: true, statistic: to.statistic, amount: to.amount - convertWage(from.amount, from.unit, to.unit), unit: to.unit };
}

/** A gain per year, for ranking gains given in different units against each other. */
export function yearlyAmount(wage: WageAmount): number {
  return convertWage(wage.amount, wage.unit, 'year');
}

/**
 * One occupation's wage figure along a route, in the route's common unit, or undefined when not known,
 * with the statistic that figure is (undefined: not stated).
 */
export type WagePoint = { occupation: Occupation; amount: number | undefined; statistic: WageStatistic | undefined };

/**
 * The wage figures along a route in one unit, for a wage-progression chart: the goal's unit when the
 * goal's figure is known, otherwise the unit of the first known figure ('year' when none is known).
 */
export function wagesAlong(occupations: readonly Occupation[]): { unit: WageUnit; points: WagePoint[] } {
  const known = occupations.map(wageFigureOf);
  const unit = known[known.length - 1]?.unit ?? known.find((wage) => wage !== undefined)?.unit ?? 'year';
  const points = occupations.map((occupation, index) => {
    const wage = known[index];
    return {
      occupation,
      amount: wage === undefined ? undefined : convertWage(wage.amount, wage.unit, unit),
      statistic: wage?.statistic,
    };
  });
  return { unit, points };
}
