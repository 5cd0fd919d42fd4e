import type { CsvTable } from '../csv/csv-text';
import { WAGE_STATISTICS } from '../wage-statistic';
import { isOewsLayout, readOews } from './read-oews';
import { isSimpleLayout, readSimpleWages, SIMPLE_COLUMNS } from './read-simple-wages';
import type { WageSheetResult } from './wage-sheet';

const MAX_ERRORS = 20;

/** A wage table in either layout it reads (BLS OEWS, or socCode/area/year/statistic/amount/unit). */
export function readWageSheet(table: CsvTable): WageSheetResult {
  const layout = isOewsLayout(table.headers) ? 'oews' : isSimpleLayout(table.headers) ? 'simple' : undefined;
  if (layout === undefined) {
    return {
      ok: false,
      errors: [
        `Row 1: this isn't a wage sheet this app reads. It needs either the BLS OEWS columns (OCC_CODE, AREA_TITLE, A_MEDIAN, A_MEAN…) or the columns ${SIMPLE_COLUMNS.join(', ')}.`,
      ],
    };
  }
  const { figures, errors } = layout === 'oews' ? readOews(table) : readSimpleWages(table);
  if (errors.length > 0) {
    const more = errors.length > MAX_ERRORS ? [`…and ${errors.length - MAX_ERRORS} more.`] : [];
    return { ok: false, errors: [...errors.slice(0, MAX_ERRORS), ...more] };
  }
  if (figures.length === 0) return { ok: false, errors: ['The sheet has no wage figures: every row is empty.'] };
  const areas = [...new Set(figures.map((figure) => figure.area))];
  const statistics = WAGE_STATISTICS.filter((statistic) => figures.some((figure) => figure.statistic === statistic));
  return { ok: true, sheet: { layout, figures, areas, statistics } };
}

/** The year a file name gives ("state_M2024_dl.csv", "OEWS May 2024.csv"), or undefined. */
export function yearFromFileName(name: string): number | undefined {
  const match = /may[\s_-]*((?:19|20)\d{2})/i.exec(name) ?? /m((?:19|20)\d{2})/i.exec(name) ?? /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(name);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
