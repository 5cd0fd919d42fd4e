import type { CsvTable } from '../csv/csv-text';
import { quote } from '../describe';
import type { WageStatistic } from '../wage-statistic';
import { at, headerKey, readFigure } from './sheet-cells';
import { socOf, type WageSheetFigure, type WageUnit } from './wage-sheet';

/**
 * The BLS OEWS download layout (the "_dl" xlsx files, saved as CSV): one row per area, occupation
 * (and industry), with AREA_TITLE, OCC_CODE, OCC_TITLE, H_MEAN/A_MEAN and the hourly and annual
 * 10th, 25th, 50th (MEDIAN), 75th and 90th percentiles. '*' marks a wage that isn't available, '#'
 * one above the highest figure OEWS publishes. The files have no year column.
 */
const FIGURE_COLUMNS: ReadonlyArray<[string, WageStatistic]> = [
  ['MEAN', 'mean'],
  ['PCT10', 'p10'],
  ['PCT25', 'p25'],
  ['MEDIAN', 'median'],
  ['PCT75', 'p75'],
  ['PCT90', 'p90'],
];
const UNITS: ReadonlyArray<[string, WageUnit]> = [
  ['H_', 'hour'],
  ['A_', 'year'],
];

export const isOewsLayout = (headers: readonly string[]) => headers.some((header) => headerKey(header) === 'occcode');

/** The figures of an OEWS-layout sheet, or every cell that can't be read. */
export function readOews(table: CsvTable): { figures: WageSheetFigure[]; errors: string[] } {
  const keys = table.headers.map(headerKey);
  const indexOf = (name: string) => keys.indexOf(headerKey(name));
  const codeIndex = indexOf('OCC_CODE');
  const areaIndex = [indexOf('AREA_TITLE'), indexOf('AREA_NAME')].find((index) => index >= 0) ?? -1;
  const columns = UNITS.flatMap(([prefix, unit]) =>
    FIGURE_COLUMNS.map(([name, statistic]) => ({ header: table.headers[indexOf(prefix + name)] ?? '', index: indexOf(prefix + name), statistic, unit })),
  ).filter((column) => column.index >= 0);
  const errors: string[] = [];
  if (columns.length === 0) errors.push('Row 1: the sheet has OCC_CODE but no wage columns (A_MEAN, A_MEDIAN, H_MEAN, H_MEDIAN…).');
  const figures: WageSheetFigure[] = [];
  for (const { row, cells } of table.rows) {
    const code = (cells[codeIndex] ?? '').trim();
    const soc = socOf(code);
    if (soc === undefined) {
      errors.push(at(row, table.headers[codeIndex] ?? 'OCC_CODE', `${quote(code)} isn't a SOC code like 29-1141`));
      continue;
    }
    const area = areaIndex >= 0 ? (cells[areaIndex] ?? '').trim() : '';
    for (const column of columns) {
      const figure = readFigure(cells[column.index] ?? '');
      if (typeof figure === 'string') errors.push(at(row, column.header, figure));
      else if (figure) figures.push({ row, soc, area, statistic: column.statistic, unit: column.unit, figure });
    }
  }
  return { figures, errors };
}
