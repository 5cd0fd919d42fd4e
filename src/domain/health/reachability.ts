import type { PathwayMap } from '../schema/map';
import { FINDING_SEVERITY, type NoEntryLevelFinding, type UnreachableFinding } from './finding';
import type { HealthContext } from './context';
import { nameOf } from './wording';

/**
 * Which occupations can be reached by following transitions (of any kind, in their direction) from
 * an occupation at level 'entry'. Entry-level occupations count as reached; an occupation with no
 * level is not a starting point. Each occupation is visited once, so cycles end.
 */
export function reachableFromEntry(map: PathwayMap, context: HealthContext): boolean[] {
  const next: number[][] = map.occupations.map(() => []);
  for (const transition of map.transitions) {
    const from = context.occupationIndex.get(transition.from);
    const to = context.occupationIndex.get(transition.to);
    if (from !== undefined && to !== undefined) next[from]?.push(to);
  }
  const reached = map.occupations.map((occupation) => occupation.level === 'entry');
  const queue = reached.flatMap((isEntry, index) => (isEntry ? [index] : []));
  // An index cursor rather than shift(): linear on maps of thousands of occupations.
  for (let head = 0; head < queue.length; head += 1) {
    const current = queue[head];
    if (current === undefined) break;
    for (const to of next[current] ?? []) {
      if (!reached[to]) {
        reached[to] = true;
        queue.push(to);
      }
    }
  }
  return reached;
}

/**
 * Occupations no one can get to from an entry-level job. A map with occupations but none at entry
 * level gets one map-wide finding instead: flagging every card would bury the one fix that matters.
 */
export function findUnreachable(map: PathwayMap, context: HealthContext): Array<NoEntryLevelFinding | UnreachableFinding> {
  if (map.occupations.length === 0) return [];
  if (!map.occupations.some((occupation) => occupation.level === 'entry')) {
    return [
      {
        code: 'no-entry-level',
        severity: FINDING_SEVERITY['no-entry-level'],
        targetId: map.id,
        targetKind: 'map',
        path: 'occupations',
        message:
          'No occupation is at entry level, so the map has no way in. Set the level of the jobs people start in to entry.',
      },
    ];
  }
  const reached = reachableFromEntry(map, context);
  return map.occupations.flatMap((occupation, index): UnreachableFinding[] =>
    reached[index]
      ? []
      : [
          {
            code: 'unreachable',
            severity: FINDING_SEVERITY.unreachable,
            targetId: occupation.id,
            targetKind: 'occupation',
            path: `occupations[${index}]`,
            message: `${nameOf(occupation.title)} can't be reached from any entry-level occupation. Add a move into it, or set its level to entry if people start there.`,
          },
        ],
  );
}
