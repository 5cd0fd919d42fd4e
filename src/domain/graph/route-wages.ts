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

/** The wage figure (`wage.amount`, whatever its statistic) as an amount, or undefined when there is none. */
export function medianOf(occupation: Occupation | undefined): WageAmount | undefined {
  const wage = occupation?.wage;
  return wage?.amount === undefined ? undefined : { amount: wage.amount, unit: wage.unit };
}

/**
 * Median to median, in the goal's unit (a start paid by the hour is converted at 2,080 hours a year
 * when the goal is paid by the year, and back). Undefined when either median is not known: a wage
 * that isn't on the map is never guessed, and min or max are not medians.
 */
export function wageGain(start: Occupation | undefined, goal: Occupation | undefined): WageAmount | undefined {
  const from = medianOf(start);
  const to = medianOf(goal);
  if (!from || !to) return undefined;
  return { amount: to.amount - convertWage(from.amount, from.unit, to.unit), unit: to.unit };
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
 * The medians along a route in one unit, for a wage-progression chart: the goal's unit when the goal's
 * median is known, otherwise the unit of the first known median ('year' when none is known).
 */
export function wagesAlong(occupations: readonly Occupation[]): { unit: WageUnit; points: WagePoint[] } {
  const known = occupations.map(medianOf);
  const unit = known[known.length - 1]?.unit ?? known.find((wage) => wage !== undefined)?.unit ?? 'year';
  const points = occupations.map((occupation, index) => {
    const wage = known[index];
    return {
      occupation,
      amount: wage === undefined ? undefined : convertWage(wage.amount, wage.unit, unit),
      statistic: wage === undefined ? undefined : occupation.wage?.statistic,
    };
  });
  return { unit, points };
}
