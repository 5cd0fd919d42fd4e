import type { Wage } from '../domain/schema/map';

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });

/** "$46,680 a year", "$18–$24 an hour" or "$41,000–$52,000 a year (median $46,680)". */
export function wageText(wage: Wage): string {
  const format = wage.unit === 'hour' ? cents : dollars;
  const per = wage.unit === 'hour' ? 'an hour' : 'a year';
  const { min, median, max } = wage;
  if (min !== undefined && max !== undefined) {
    const range = `${format.format(min)}–${format.format(max)} ${per}`;
    return median === undefined ? range : `${range} (median ${format.format(median)})`;
  }
  const single = median ?? min ?? max;
  if (single === undefined) return 'Wage not known';
  const qualifier = median !== undefined ? '' : min !== undefined ? 'from ' : 'up to ';
  return `${qualifier}${format.format(single)} ${per}`;
}
