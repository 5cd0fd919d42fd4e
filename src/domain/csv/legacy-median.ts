import { LEGACY_MEDIAN_HEADERS } from './columns';
import type { HeaderMatch } from './headers';
import { normalizeKey } from './vocabulary';

const MEDIAN_HEADERS = new Set<string>(LEGACY_MEDIAN_HEADERS.map(normalizeKey));

/**
 * The header, when the sheet's wage figures sit under a header that calls them medians ("wageMedian", as
 * exports and templates wrote before wages named their statistic, or "Median wage"): the sheet says
 * what they are, so a row without a wageStatistic cell reads them as medians. Under any other
 * header ("wage") a figure without a statistic stays "not stated".
 */
export function headedAsMedian(matches: readonly HeaderMatch[]): string | undefined {
  return matches.find((match) => match.column?.key === 'wage' && MEDIAN_HEADERS.has(normalizeKey(match.header)))?.header.trim();
}

/** Sets `wage.statistic` to 'median' on an item read from such a sheet, when it has a figure and no statistic. */
export function readAsMedian(item: Record<string, unknown>): boolean {
  const wage = item.wage;
  if (wage === null || typeof wage !== 'object') return false;
  const fields = wage as Record<string, unknown>;
  if (fields.amount === undefined || fields.statistic !== undefined) return false;
  fields.statistic = 'median';
  return true;
}
