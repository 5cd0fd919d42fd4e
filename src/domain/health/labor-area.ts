import { laborFigures } from '../labor-words';
import type { PathwayMap } from '../schema/map';
import { FINDING_SEVERITY, type LaborNoAreaFinding } from './finding';
import { nameOf } from './wording';

/**
 * Labor figures that don't say where they count: a statewide count and a U.S. one read alike on a
 * regional map until the area is written down. Only blocks with a figure in them are reported.
 */
export function findLaborWithoutArea(map: PathwayMap): LaborNoAreaFinding[] {
  return map.occupations.flatMap((occupation, index): LaborNoAreaFinding[] => {
    const labor = occupation.labor;
    if (!labor || labor.area?.trim() || laborFigures(labor).length === 0) return [];
    return [
      {
        code: 'labor-no-area',
        severity: FINDING_SEVERITY['labor-no-area'],
        targetId: occupation.id,
        targetKind: 'occupation',
        path: `occupations[${index}].labor.area`,
        message: `The labor figures of ${nameOf(occupation.title)} don't say where they count. Add their area from the source (like "Massachusetts" or "United States").`,
      },
    ];
  });
}
