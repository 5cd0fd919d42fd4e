import type { PathwayMap } from '../schema/map';
import { socKey } from '../soc-key';
import { FINDING_SEVERITY, type DuplicateSocFinding, type MissingSocFinding } from './finding';
import { listNames, nameOf } from './wording';

/** Missing SOC: an occupation without a socCode (it then has no O*NET link and matches no data). */
export function findMissingSocCodes(map: PathwayMap): MissingSocFinding[] {
  return map.occupations.flatMap((occupation, index): MissingSocFinding[] =>
    occupation.socCode !== undefined
      ? []
      : [
          {
            code: 'missing-soc',
            severity: FINDING_SEVERITY['missing-soc'],
            targetId: occupation.id,
            targetKind: 'occupation',
            path: `occupations[${index}].socCode`,
            message: `${nameOf(occupation.title)} has no SOC code. Add its O*NET-SOC code (like 29-1141.00) so it links to O*NET.`,
          },
        ],
  );
}

/**
 * Duplicate SOC: two or more occupations with the same code (29-1141 and 29-1141.00 counted as the
 * same). The first in the file is left alone; each later one gets a finding naming all the others.
 */
export function findDuplicateSocCodes(map: PathwayMap): DuplicateSocFinding[] {
  const byCode = new Map<string, number[]>();
  map.occupations.forEach((occupation, index) => {
    const key = socKey(occupation.socCode);
    if (key === undefined) return;
    byCode.set(key, [...(byCode.get(key) ?? []), index]);
  });
  const findings: DuplicateSocFinding[] = [];
  map.occupations.forEach((occupation, index) => {
    const key = socKey(occupation.socCode);
    const indexes = key === undefined ? [] : (byCode.get(key) ?? []);
    if (occupation.socCode === undefined || indexes.length < 2 || indexes[0] === index) return;
    const others = indexes.filter((other) => other !== index).flatMap((other) => map.occupations[other] ?? []);
    findings.push({
      code: 'duplicate-soc',
      severity: FINDING_SEVERITY['duplicate-soc'],
      targetId: occupation.id,
      targetKind: 'occupation',
      path: `occupations[${index}].socCode`,
      message:
        `${nameOf(occupation.title)} has the same SOC code (${occupation.socCode}) as ${listNames(others.map((other) => nameOf(other.title)))}. ` +
        'If they are the same job, merge them; if not, give each its more specific O*NET-SOC code.',
      socCode: occupation.socCode,
      sameAs: others.map((other) => other.id),
    });
  });
  return findings;
}
