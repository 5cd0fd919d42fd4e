import { formatNumber } from '../../../domain/describe';

// Figures in the detail panel and the outline, in the words people read them in.

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const moneyWithCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const signedOneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** "$4,000", or "$4,000.50" when there are cents. */
export function costText(amount: number): string {
  return (Number.isInteger(amount) ? money : moneyWithCents).format(amount);
}

/** "1 month", "12 months", "1.5 months". */
export function monthsText(months: number): string {
  return `${oneDecimal.format(months)} ${months === 1 ? 'month' : 'months'}`;
}

export function weeksText(weeks: number): string {
  return `${oneDecimal.format(weeks)} ${weeks === 1 ? 'week' : 'weeks'}`;
}

/** "54%". */
export function percentText(value: number): string {
  return `${oneDecimal.format(value)}%`;
}

/** "+12.5%", "−3%", "0%": growth always shows its direction. */
export function growthText(value: number): string {
  return `${signedOneDecimal.format(value)}%`;
}

/** "38,130". */
export function countText(value: number): string {
  return formatNumber(value);
}
