import type { Wage } from '../domain/schema/map';

/** The parts of a wage that are put into words. */
export type WageFigures = Pick<Wage, 'min' | 'median' | 'max' | 'unit'>;

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });

/** "$46,680" for yearly figures, "$18.50" for hourly ones. */
export function dollarText(amount: number, unit: Wage['unit']): string {
  return (unit === 'hour' ? cents : dollars).format(amount);
}

/** Whole dollars whatever the unit: "$25", "$100,000" (scale ends, round figures). */
export function wholeDollarText(amount: number): string {
  return dollars.format(amount);
}

/** "a year" or "an hour". */
export function perUnitText(unit: Wage['unit']): string {
  return unit === 'hour' ? 'an hour' : 'a year';
}

/** "$46,680 a year", "$18–$24 an hour" or "$41,000–$52,000 a year (median $46,680)". */
export function wageText(wage: WageFigures): string {
  const format = (amount: number) => dollarText(amount, wage.unit);
  const per = perUnitText(wage.unit);
  const { min, median, max } = wage;
  if (min !== undefined && max !== undefined) {
    const range = `${format(min)}–${format(max)} ${per}`;
    return median === undefined ? range : `${range} (median ${format(median)})`;
  }
  const single = median ?? min ?? max;
  if (single === undefined) return 'Wage not known';
  const qualifier = median !== undefined ? '' : min !== undefined ? 'from ' : 'up to ';
  return `${qualifier}${format(single)} ${per}`;
}
