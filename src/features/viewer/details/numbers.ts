import { formatNumber } from '../../../domain/describe';

// Figures in the detail panel and the outline, in the words people read them in.

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function weeksText(weeks: number): string {
  return `${oneDecimal.format(weeks)} ${weeks === 1 ? 'week' : 'weeks'}`;
}

/** "38,130". */
export function countText(value: number): string {
  return formatNumber(value);
}
