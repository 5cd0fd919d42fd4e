import type { Wage } from './schema/map';
import { NOT_VERIFIED } from './labor-words';
import { statisticName } from './wage-statistic';

/** The parts of a wage that are put into words. */
export type WageFigures = Pick<Wage, 'min' | 'amount' | 'max' | 'unit' | 'statistic' | 'notVerified'>;

// Money and months in words, the one place they are formatted (the model's messages, the UI's labels).
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** "$46,680" for yearly figures, "$18.50" for hourly ones. */
export function dollarText(amount: number, unit: Wage['unit']): string {
  return (unit === 'hour' ? cents : dollars).format(amount);
}

/** Whole dollars whatever the unit: "$25", "$100,000" (scale ends, round figures). */
export function wholeDollarText(amount: number): string {
  return dollars.format(amount);
}

/** A price or a wage floor: "$4,000", or "$18.50" when there are cents. */
export function priceText(amount: number): string {
  return (Number.isInteger(amount) ? dollars : cents).format(amount);
}

/** "1 month", "12 months", "1.5 months". */
export function monthsText(months: number): string {
  return `${oneDecimal.format(months)} ${months === 1 ? 'month' : 'months'}`;
}

/** "a year" or "an hour". */
export function perUnitText(unit: Wage['unit']): string {
  return unit === 'hour' ? 'an hour' : 'a year';
}

/**
 * A wage in words, naming the statistic of its figure: "$46,680 a year (mean)", "$18–$24 an hour
 * (employer-reported range)", "$41,000–$52,000 a year (median $46,680)", "$46,680 a year (statistic
 * not stated)". A range without a figure is the map's range (its wage basis says what it spans).
 * A wage marked not verified says so after it, wherever it is shown in words: "… (not verified)".
 */
export function wageText(wage: WageFigures): string {
  const words = figuresText(wage);
  return wage.notVerified === true ? `${words} ${NOT_VERIFIED}` : words;
}

function figuresText(wage: WageFigures): string {
  const format = (amount: number) => dollarText(amount, wage.unit);
  const per = perUnitText(wage.unit);
  const { min, amount: figure, max, statistic } = wage;
  if (min !== undefined && max !== undefined) {
    const range = `${format(min)}–${format(max)} ${per}`;
    if (figure !== undefined) {
      return statistic === undefined ? `${range} (${format(figure)}, statistic not stated)` : `${range} (${statisticName(statistic)} ${format(figure)})`;
    }
    return statistic === 'employer-range' ? `${range} (${statisticName(statistic)})` : range;
  }
  if (figure !== undefined) return `${format(figure)} ${per} (${statisticName(statistic)})`;
  const single = min ?? max;
  if (single === undefined) return 'Wage not known';
  const qualifier = min !== undefined ? 'from ' : 'up to ';
  const said = statistic === 'employer-range' ? ` (${statisticName(statistic)})` : '';
  return `${qualifier}${format(single)} ${per}${said}`;
}
