import type { PathwayMap } from '../schema/map';
import { FINDING_SEVERITY, type MissingWageFinding } from './finding';
import { nameOf } from './wording';

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
