import type { PathwayMap, Source } from '../schema/map';
import { DEFAULT_STALE_AFTER_MONTHS } from '../schema/release';

/**
 * How old a figure is known to be: `date` is the latest day it can be from, `from` the words that say
 * so ("from 2019", "read on 2023-02-01"), `field` where that date is written.
 */
export type FigureDate = { date: string; from: string; field: 'year' | 'period' | 'source' };

/** The last day of a year: a figure "for 2024" is at least as old as 31 December 2024, never older than we know. */
const endOf = (year: number): string => `${year}-12-31`;

/**
 * The figure's own year first (what the figure is for), then its source's year (the year of the
 * source's figures), then the day the source was read (the figure is at least that old). The day a
 * source was read is the weakest signal: a 2019 table read yesterday is still a 2019 figure.
 */
export function figureDate(ownYear: number | undefined, ownField: 'year' | 'period', source: Source | undefined): FigureDate | undefined {
  if (ownYear !== undefined) return { date: endOf(ownYear), from: `from ${ownYear}`, field: ownField };
  if (source?.year !== undefined) return { date: endOf(source.year), from: `from ${source.year}`, field: 'source' };
  if (source?.retrieved !== undefined) {
    const day = source.retrieved.slice(0, 10);
    return { date: day, from: `read on ${day}`, field: 'source' };
  }
  return undefined;
}

/** The months after which this map calls a figure stale. */
export const staleAfterMonths = (map: PathwayMap): number => map.staleAfterMonths ?? DEFAULT_STALE_AFTER_MONTHS;

/**
 * The first day a figure is fresh: `months` before `today`, in UTC so the machine's time zone can't
 * change the answer. A figure is stale when its date is before this day.
 */
export function freshSince(today: Date, months: number): string {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() - months;
  // 18 months before 31 August is 28 February, not 3 March: the day is kept within its month.
  const lastDayOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = new Date(Date.UTC(year, month, Math.min(today.getUTCDate(), lastDayOfMonth)));
  return day.toISOString().slice(0, 10);
}
