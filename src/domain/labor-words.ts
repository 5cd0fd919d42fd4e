import { formatNumber } from './describe';
import { periodText } from './period-text';
import type { LaborMarket } from './schema/map';

// Labor-market figures in words, each with what it counts, for when and where: "+29.3% growth,
// 2020–2030, Massachusetts". A figure that does not say where it counts says "area not stated".

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const signedOneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

export const NOT_VERIFIED = '(not verified)';

/** One figure: what the panel's row calls it, and the figure with its statistic, time and place. */
export type LaborFigure = { readonly label: string; readonly text: string };

/**
 * When a projection (openings, growth) counts: its period, "2020–2030". A block without one (maps
 * written before periods) gives only the year of its figures, said as a year, "in 2020", so it never
 * reads as a one-year projection period. Undefined when neither is stated.
 */
export function projectionTime(labor: LaborMarket): string | undefined {
  if (labor.period) return periodText(labor.period);
  return labor.year !== undefined ? `in ${labor.year}` : undefined;
}

/** Projections (openings, growth) cover the period; counts (employment, shares) are for the year. */
function when(labor: LaborMarket, kind: 'projection' | 'count'): string {
  if (kind === 'projection') return projectionTime(labor) ?? 'period not stated';
  return labor.year !== undefined ? String(labor.year) : 'year not stated';
}

function where(labor: LaborMarket): string {
  const area = labor.area?.trim();
  return area ? area : 'area not stated';
}

const figureOf = (labor: LaborMarket, label: string, amount: string, kind: 'projection' | 'count'): LaborFigure => ({
  label,
  text: [amount, when(labor, kind), where(labor)].join(', ') + (labor.notVerified === true ? ` ${NOT_VERIFIED}` : ''),
});

/**
 * Who holds the jobs, as one figure: "Women: 88% · Minority workers: 31%, 2024, Massachusetts". A
 * share the block does not have is "not known"; nothing when neither share is known.
 */
export function representationFigure(labor: LaborMarket): LaborFigure | undefined {
  if (labor.femalePct === undefined && labor.minorityPct === undefined) return undefined;
  const share = (value: number | undefined) => (value === undefined ? 'not known' : `${oneDecimal.format(value)}%`);
  return figureOf(labor, 'Representation', `Women: ${share(labor.femalePct)} · Minority workers: ${share(labor.minorityPct)}`, 'count');
}

/**
 * The known figures, each in full: "2,570 openings a year (annual average), 2020–2030, Massachusetts (not verified)".
 * `shares: false` leaves out the women and minority shares, for a reader that says them as one representation figure.
 */
export function laborFigures(labor: LaborMarket, { shares = true }: { shares?: boolean } = {}): LaborFigure[] {
  const figure = (label: string, amount: string, kind: 'projection' | 'count') => figureOf(labor, label, amount, kind);
  const figures: LaborFigure[] = [];
  if (labor.annualOpenings !== undefined) {
    figures.push(figure('Openings a year', `${formatNumber(labor.annualOpenings)} openings a year (annual average)`, 'projection'));
  }
  if (labor.growthPct !== undefined) figures.push(figure('Growth', `${signedOneDecimal.format(labor.growthPct)}% growth`, 'projection'));
  if (labor.employment !== undefined) figures.push(figure('Employment', `${formatNumber(labor.employment)} employed`, 'count'));
  if (!shares) return figures;
  if (labor.femalePct !== undefined) figures.push(figure('Women', `${oneDecimal.format(labor.femalePct)}% women`, 'count'));
  if (labor.minorityPct !== undefined) {
    figures.push(figure('Minority workers', `${oneDecimal.format(labor.minorityPct)}% minority workers`, 'count'));
  }
  return figures;
}

/** "+29.3% growth, 2020–2030, Massachusetts (Projections Central)": a figure with its source, when one is named. */
export function withSource(text: string, sourceLabel: string | undefined): string {
  return sourceLabel ? `${text} (${sourceLabel})` : text;
}
