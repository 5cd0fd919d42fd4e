import type { PathwayMap } from '../schema/map';
import { FINDING_SEVERITY, type EmptyGroupFinding } from './finding';
import { nameOf } from './wording';

/** Empty group: a group that no occupation's groupId names (an empty lane on the canvas). */
export function findEmptyGroups(map: PathwayMap): EmptyGroupFinding[] {
  const used = new Set(map.occupations.map((occupation) => occupation.groupId));
  return map.groups.flatMap((group, index): EmptyGroupFinding[] =>
    used.has(group.id)
      ? []
      : [
          {
            code: 'empty-group',
            severity: FINDING_SEVERITY['empty-group'],
            targetId: group.id,
            targetKind: 'group',
            path: `groups[${index}]`,
            message: `The group ${nameOf(group.label)} has no occupations. Put occupations in it, or remove it.`,
          },
        ],
  );
}
