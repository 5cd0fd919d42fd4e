import type { CsvTable } from '../csv/csv-text';
import { quote } from '../describe';
import { WAGE_STATISTICS, type WageStatistic } from '../wage-statistic';
import { at, headerKey, readFigure, readYear } from './sheet-cells';
import { socOf, type WageSheetFigure, type WageUnit } from './wage-sheet';

/** Our own wage sheet: socCode, area, year, statistic, amount and, optionally, unit (hour or year; yearly when left out). */
export const SIMPLE_COLUMNS = ['socCode', 'area', 'year', 'statistic', 'amount', 'unit'] as const;
const REQUIRED = ['socCode', 'statistic', 'amount'] as const;

const FIGURE_STATISTICS = WAGE_STATISTICS.filter((statistic) => statistic !== 'employer-range');
const UNIT_WORDS: Readonly<Record<string, WageUnit>> = { hour: 'hour', hourly: 'hour', year: 'year', yearly: 'year', annual: 'year' };

export const isSimpleLayout = (headers: readonly string[]) => headers.some((header) => headerKey(header) === 'soccode');

/** The statistic a cell names, or undefined when it names none a figure can have. */
function readStatistic(text: string): WageStatistic | undefined {
  const cell = text.trim().toLowerCase();
  return FIGURE_STATISTICS.find((statistic) => statistic === cell);
}

/** The figures of a sheet in our own layout, or every cell that can't be read. */
export function readSimpleWages(table: CsvTable): { figures: WageSheetFigure[]; errors: string[] } {
  const keys = table.headers.map(headerKey);
  const index = Object.fromEntries(SIMPLE_COLUMNS.map((name) => [name, keys.indexOf(headerKey(name))])) as Record<(typeof SIMPLE_COLUMNS)[number], number>;
  const missing = REQUIRED.filter((name) => index[name] < 0);
  if (missing.length > 0) return { figures: [], errors: [`Row 1: the sheet has no ${missing.join(', ')} column; its columns are ${SIMPLE_COLUMNS.join(', ')}.`] };
  const errors: string[] = [];
  const figures: WageSheetFigure[] = [];
  for (const { row, cells } of table.rows) {
    const cell = (name: (typeof SIMPLE_COLUMNS)[number]) => (index[name] >= 0 ? (cells[index[name]] ?? '') : '');
    const header = (name: (typeof SIMPLE_COLUMNS)[number]) => table.headers[index[name]] ?? name;
    const problems: string[] = [];
    const soc = socOf(cell('socCode'));
    if (soc === undefined) problems.push(at(row, header('socCode'), `${quote(cell('socCode').trim())} isn't a SOC code like 29-1141`));
    const statistic = readStatistic(cell('statistic'));
    if (statistic === undefined) {
      const named = quote(cell('statistic').trim());
      problems.push(at(row, header('statistic'), `${named} isn't a statistic this sheet can give; write one of ${FIGURE_STATISTICS.join(', ')}`));
    }
    const figure = readFigure(cell('amount'));
    if (figure === undefined) problems.push(at(row, header('amount'), 'is empty; write the wage figure, or * when it is not available'));
    else if (typeof figure === 'string') problems.push(at(row, header('amount'), figure));
    const year = readYear(cell('year'));
    if (typeof year === 'string') problems.push(at(row, header('year'), year));
    const unitText = cell('unit').trim().toLowerCase();
    const unit = unitText === '' ? 'year' : UNIT_WORDS[unitText];
    if (unit === undefined) problems.push(at(row, header('unit'), `${quote(cell('unit').trim())} isn't a unit; write hour or year`));
    if (problems.length > 0 || soc === undefined || statistic === undefined || figure === undefined || typeof figure === 'string' || typeof year === 'string' || unit === undefined) {
      errors.push(...problems);
      continue;
    }
    figures.push({ row, soc, area: cell('area').trim(), year, statistic, unit, figure });
  }
  return { figures, errors };
}
