import type { PathwayMap } from '../schema/map';
import { dollarText, perUnitText } from '../wage-words';
import type { WageUnit } from './suggestion-fields';

/**
 * The unit most of the map's wages are in (a tie, or no wage at all: none). A suggested wage for an
 * occupation with no wage yet starts in it, so a yearly map is not given an hourly figure by default.
 */
export function usualWageUnit(map: Pick<PathwayMap, 'occupations'>): WageUnit | undefined {
  let hour = 0;
  let year = 0;
  for (const occupation of map.occupations) {
    if (occupation.wage?.unit === 'hour') hour += 1;
    else if (occupation.wage?.unit === 'year') year += 1;
  }
  if (hour === year) return undefined;
  return hour > year ? 'hour' : 'year';
}

// Beyond these, a figure is almost surely in the other unit (a salary typed as an hourly rate, or the reverse).
export const MOST_PER_HOUR = 500;
export const LEAST_PER_YEAR = 1000;

/**
 * What looks wrong with a wage figure ("$39,000.00 an hour looks like a yearly figure, and the unit
 * is per hour.") and the unit it more likely is in, or nothing when it is plausible. Said before the
 * figure is recorded, so it can be fixed.
 */
export function implausibleWage(amount: number, unit: WageUnit): { problem: string; likelyUnit: WageUnit } | undefined {
  const figure = `${dollarText(amount, unit)} ${perUnitText(unit)}`;
  if (unit === 'hour' && amount > MOST_PER_HOUR) {
    return { problem: `${figure} looks like a yearly figure, and the unit is per hour.`, likelyUnit: 'year' };
  }
  if (unit === 'year' && amount > 0 && amount < LEAST_PER_YEAR) {
    return { problem: `${figure} looks like an hourly figure, and the unit is per year.`, likelyUnit: 'hour' };
  }
  return undefined;
}
