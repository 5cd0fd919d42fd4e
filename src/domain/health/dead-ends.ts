import type { PathwayMap } from '../schema/map';
import { levelLabel } from '../levels';
import { firstLevelId, lastLevelId } from './context';
import { FINDING_SEVERITY, type DeadEndFinding } from './finding';
import { nameOf } from './wording';

/**
 * Dead end: an occupation not at the map's last level (an occupation with no level included) with no
 * outgoing transition of any kind (to another job or to a step). The top of a ladder is expected to lead nowhere; anything below
 * it that does either misses its onward moves or has the wrong level.
 */
export function findDeadEnds(map: PathwayMap): DeadEndFinding[] {
  const leadsOn = new Set(map.transitions.map((transition) => transition.from));
  const first = firstLevelId(map);
  const last = lastLevelId(map);
  // In the words of the default levels ("entry-level", "advanced"); a map's own levels by their labels.
  const lastWords = last === 'advanced' ? 'advanced' : `“${levelLabel(map.levels, last) ?? ''}”`;
  return map.occupations.flatMap((occupation, index): DeadEndFinding[] => {
    if ((occupation.level !== undefined && occupation.level === last) || leadsOn.has(occupation.id)) return [];
    const name = nameOf(occupation.title);
    const label = nameOf(levelLabel(map.levels, occupation.level) ?? '');
    const message =
      occupation.level === undefined
        ? `${name} has no level and no move out of it. Set its level, and unless it is ${lastWords}, add where people go next.`
        : occupation.level === first
          ? occupation.level === 'entry'
            ? `${name} is an entry-level job with no move out of it. Add where people can go next from it.`
            : `${name} is at the first level (${label}) with no move out of it. Add where people can go next from it.`
          : occupation.level === 'middle'
            ? `${name} is a middle-level job with no move out of it. Add where people go next, or set its level to advanced if it is the top of its ladder.`
            : `${name} is at level ${label} with no move out of it. Add where people go next, or set its level to ${lastWords} if it is the top of its ladder.`;
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
