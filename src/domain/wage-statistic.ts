/**
 * Which statistic a wage figure is (#14). The figure is `wage.amount` (called `median` in
 * files before #14, read as `amount`: migrations/wage-amount.ts); `wage.statistic` says what it is.
 * A wage without `statistic` is "not stated", never assumed to be a median: the bundled samples kept
 * BLS means in that field, so older files can't be trusted to mean median.
 */
export const WAGE_STATISTICS = ['mean', 'median', 'p10', 'p25', 'p75', 'p90', 'employer-range'] as const;
export type WageStatistic = (typeof WAGE_STATISTICS)[number];

/** Lower-case names for running text: "mean", "25th percentile", "employer-reported range". */
export const STATISTIC_NAMES: Readonly<Record<WageStatistic, string>> = {
  mean: 'mean',
  median: 'median',
  p10: '10th percentile',
  p25: '25th percentile',
  p75: '75th percentile',
  p90: '90th percentile',
  'employer-range': 'employer-reported range',
};

/** "mean", or "statistic not stated" when the wage doesn't say. */
export function statisticName(statistic: WageStatistic | undefined): string {
  return statistic === undefined ? 'statistic not stated' : STATISTIC_NAMES[statistic];
}

/** A heading for one wage: "Mean wage", "25th percentile wage", "Employer-reported wage range", "Wage (statistic not stated)". */
export function wageHeading(statistic: WageStatistic | undefined): string {
  if (statistic === undefined) return 'Wage (statistic not stated)';
  if (statistic === 'employer-range') return 'Employer-reported wage range';
  const name = STATISTIC_NAMES[statistic];
  return `${name[0]?.toUpperCase() ?? ''}${name.slice(1)} wage`;
}

/**
 * A heading for several wages side by side (a route's chart): the one statistic they share, or
 * "Wage (mean or median)" naming each one when they differ, so no figure is called what it isn't.
 */
export function wagesHeading(statistics: ReadonlyArray<WageStatistic | undefined>): string {
  const distinct = [...new Set(statistics)];
  if (distinct.length <= 1) return wageHeading(distinct[0]);
  const names = distinct.map(statisticName);
  return `Wage (${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''})`;
}
