import { formatNumber } from '../../../domain/describe';

// Figures in the detail panel and the outline, in the words people read them in.

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const signedOneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

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
