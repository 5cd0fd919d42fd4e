import type { PathwayMap } from '../schema/map';
import { FINDING_SEVERITY, type DeadEndFinding } from './finding';
import { nameOf } from './wording';

/**
 * Dead end: an occupation not at level 'advanced' (an occupation with no level included) with no
 * outgoing transition of any kind. The top of a ladder is expected to lead nowhere; anything below
 * it that does either misses its onward moves or has the wrong level.
 */
export function findDeadEnds(map: PathwayMap): DeadEndFinding[] {
  const leadsOn = new Set(map.transitions.map((transition) => transition.from));
  return map.occupations.flatMap((occupation, index): DeadEndFinding[] => {
    if (occupation.level === 'advanced' || leadsOn.has(occupation.id)) return [];
    const name = nameOf(occupation.title);
    const message =
      occupation.level === undefined
        ? `${name} has no level and no move out of it. Set its level, and unless it is advanced, add where people go next.`
        : occupation.level === 'entry'
          ? `${name} is an entry-level job with no move out of it. Add where people can go next from it.`
          : `${name} is a middle-level job with no move out of it. Add where people go next, or set its level to advanced if it is the top of its ladder.`;
    return [
      {
        code: 'dead-end',
        severity: FINDING_SEVERITY['dead-end'],
        targetId: occupation.id,
        targetKind: 'occupation',
        path: `occupations[${index}]`,
        message,
        level: occupation.level,
      },
    ];
  });
}
