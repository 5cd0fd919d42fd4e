import type { PathwayMap } from '../schema/map';
import type { HealthContext } from './context';
import { FINDING_SEVERITY, type MissingWageFinding, type StaleWageFinding } from './finding';
import { nameOf } from './wording';

/** A wage figure this many years older than the current year is stale (in 2026: 2022 or earlier). */
export const STALE_AFTER_YEARS = 3;

/**
 * Missing wage: an occupation with no wage at all. A wage with only a min or max still counts as
 * known; the format leaves out what isn't known rather than guessing it.
 */
export function findMissingWages(map: PathwayMap): MissingWageFinding[] {
  return map.occupations.flatMap((occupation, index): MissingWageFinding[] =>
    occupation.wage
      ? []
      : [
          {
            code: 'missing-wage',
            severity: FINDING_SEVERITY['missing-wage'],
            targetId: occupation.id,
            targetKind: 'occupation',
            path: `occupations[${index}].wage`,
            message: `${nameOf(occupation.title)} has no wage. Add a wage from OEWS with its statistic (mean or median) and year.`,
          },
        ],
  );
}

/**
 * Stale wage: `wage.year` more than STALE_AFTER_YEARS before the year of `today` (UTC, so the answer
 * doesn't depend on the machine's time zone). A wage without a year can't be judged, so isn't stale.
 */
export function findStaleWages(map: PathwayMap, context: HealthContext): StaleWageFinding[] {
  const oldestFresh = context.today.getUTCFullYear() - STALE_AFTER_YEARS;
  return map.occupations.flatMap((occupation, index): StaleWageFinding[] => {
    const year = occupation.wage?.year;
    if (year === undefined || year >= oldestFresh) return [];
    return [
      {
        code: 'stale-wage',
        severity: FINDING_SEVERITY['stale-wage'],
        targetId: occupation.id,
        targetKind: 'occupation',
        path: `occupations[${index}].wage.year`,
        message: `${nameOf(occupation.title)} has a wage from ${year}, more than ${STALE_AFTER_YEARS} years ago. Update it from the latest OEWS release and set its year.`,
        year,
      },
    ];
  });
}
