import { formatNumber } from './describe';
import { convertWage, HOURS_PER_YEAR, type WageUnit } from './graph/route-wages';
import type { Apprenticeship, ProgramStep } from './schema/map';
import { dollarText, perUnitText, wageText, type WageFigures } from './wage-words';

// Pay in both units: a student paid by the hour and a coach reading yearly tables see the same job.
// The other unit is an estimate for full-time work at 2,080 hours a year (as the wage filter and the
// route gains assume), so it is said as "about", and "at 2,080 hours a year" where there is room.

/** "at 2,080 hours a year": how a figure in the other unit was worked out. */
export const HOURS_NOTE = `at ${formatNumber(HOURS_PER_YEAR)} hours a year`;

export type PayOptions = {
  /** Say how the other unit was worked out ("… at 2,080 hours a year"): in details, not on a card. */
  hours?: boolean;
};

const otherUnit = (unit: WageUnit): WageUnit => (unit === 'hour' ? 'year' : 'hour');

/** "$18.00–$22.00 an hour", "$37,440 a year": amounts in a unit, a range when they differ. */
function amountsText(low: number, high: number, unit: WageUnit): string {
  const range = low === high ? dollarText(low, unit) : `${dollarText(low, unit)}–${dollarText(high, unit)}`;
  return `${range} ${perUnitText(unit)}`;
}

/**
 * The wage's leading figures in the other unit, the same shape as its words begin: the range when there
 * is one, else the figure, else "from"/"up to" the one end known. "$20.00 an hour" for $41,600 a year.
 */
export function convertedWageText(wage: WageFigures): string | undefined {
  const to = otherUnit(wage.unit);
  const convert = (amount: number) => convertWage(amount, wage.unit, to);
  const { min, amount, max } = wage;
  if (min !== undefined && max !== undefined) return amountsText(convert(min), convert(max), to);
  if (amount !== undefined) return amountsText(convert(amount), convert(amount), to);
  if (min !== undefined) return `from ${amountsText(convert(min), convert(min), to)}`;
  if (max !== undefined) return `up to ${amountsText(convert(max), convert(max), to)}`;
  return undefined;
}

/**
 * A wage in words with its figure in the other unit: "$41,600 a year (mean), about $20.00 an hour";
 * "$18.50 an hour (median), about $38,480 a year at 2,080 hours a year" with `hours`. The first part
 * is `wageText`, so the statistic is named as everywhere else.
 */
export function payText(wage: WageFigures, options: PayOptions = {}): string {
  const said = wageText(wage);
  const other = convertedWageText(wage);
  if (other === undefined) return said;
  return `${said}, about ${other}${options.hours === true ? ` ${HOURS_NOTE}` : ''}`;
}

/**
 * Starting wages (dollars an hour) in words with the yearly figure: "$18.00 an hour, about $37,440 a
 * year"; several programs give a range. Undefined when none is known.
 */
export function startingPayText(hourly: readonly number[], options: PayOptions = {}): string | undefined {
  if (hourly.length === 0) return undefined;
  const low = Math.min(...hourly);
  const high = Math.max(...hourly);
  const yearly = amountsText(convertWage(low, 'hour', 'year'), convertWage(high, 'hour', 'year'), 'year');
  return `${amountsText(low, high, 'hour')}, about ${yearly}${options.hours === true ? ` ${HOURS_NOTE}` : ''}`;
}

/** Where an apprenticeship's starting wages are kept: an occupation's apprenticeship block, or a program step card. */
export type ApprenticeshipPaySource = Pick<Apprenticeship, 'programs'> | Pick<ProgramStep, 'startingWage'>;

/** The starting wages on file, in dollars an hour. */
export function startingWages(source: ApprenticeshipPaySource): number[] {
  if ('programs' in source) return (source.programs ?? []).flatMap((program) => (program.startingWage === undefined ? [] : [program.startingWage]));
  return 'startingWage' in source && source.startingWage !== undefined ? [source.startingWage] : [];
}

/** "Starting pay not on file": said wherever an apprenticeship is shown and its pay is not known. */
export const STARTING_PAY_NOT_KNOWN = 'Starting pay not on file';

/**
 * An apprenticeship's starting pay, for every place that shows an apprenticeship (card, details, step
 * panel, route steps, handout): "Starting pay: $18.00 an hour, about $37,440 a year", a range across
 * its programs, or "Starting pay not on file" — never left unsaid as if there were none.
 */
export function apprenticeshipPayText(source: ApprenticeshipPaySource, options: PayOptions = {}): string {
  const pay = startingPayText(startingWages(source), options);
  return pay === undefined ? STARTING_PAY_NOT_KNOWN : `Starting pay: ${pay}`;
}

/** Short, for a card's apprenticeship badge: "starting pay $18.00 an hour"; undefined when not on file. */
export function apprenticeshipPayNote(source: ApprenticeshipPaySource): string | undefined {
  const hourly = startingWages(source);
  if (hourly.length === 0) return undefined;
  return `starting pay ${amountsText(Math.min(...hourly), Math.max(...hourly), 'hour')}`;
}
