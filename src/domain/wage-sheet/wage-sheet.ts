import type { WageStatistic } from '../wage-statistic';

export type WageUnit = 'hour' | 'year';

/** A cell's figure, or the mark a sheet puts where there is none: OEWS '*' (not available) or '#' (above the top code). */
export type SheetFigure = { amount: number } | { unavailable: '*' | '#' };

/** One figure a wage sheet gives: an occupation's statistic in an area, in one unit. */
export type WageSheetFigure = {
  /** The spreadsheet row it came from (the header is row 1). */
  row: number;
  /** The SOC part of the code ("29-1141"), the key cards are matched by. */
  soc: string;
  /** The area as the sheet names it; '' when the sheet names none. */
  area: string;
  year?: number | undefined;
  statistic: WageStatistic;
  unit: WageUnit;
  figure: SheetFigure;
};

export type WageSheet = {
  layout: 'oews' | 'simple';
  figures: WageSheetFigure[];
  /** The areas the sheet covers, in the order they first appear. */
  areas: string[];
  /** The statistics the sheet has figures for, in WAGE_STATISTICS order. */
  statistics: WageStatistic[];
};

/** A sheet read, or every problem found, each with its row and column ("Row 4, A_MEAN: …"). */
export type WageSheetResult = { ok: true; sheet: WageSheet } | { ok: false; errors: string[] };

/**
 * The key a card and a sheet row are matched by: the SOC part of an O*NET-SOC code, so a card's
 * 29-1141.00 (or 29-1141.01, an O*NET detail of it) takes the OEWS figure for 29-1141, the finest
 * level OEWS publishes.
 */
export function socOf(code: string | undefined): string | undefined {
  const match = /^\s*(\d{2}-\d{4})(?:\.\d{2})?\s*$/.exec(code ?? '');
  return match?.[1];
}
