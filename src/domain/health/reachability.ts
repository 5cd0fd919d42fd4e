import type { PathwayMap } from '../schema/map';
import { FINDING_SEVERITY, type NoEntryLevelFinding, type UnreachableFinding } from './finding';
import { firstLevelId, type HealthContext } from './context';
import { nameOf } from './wording';

/**
 * Which occupations can be reached by following transitions (of any kind, in their direction) from
 * a card at the map's first level (v1's 'entry'), through step cards too (a certificate between two
 * jobs). Cards at the first level count as reached; a card with no level is not a starting point.
 * Each card is visited once, so cycles end. Indexes: occupations first, then steps.
 */
export function reachableFromEntry(map: PathwayMap, context: HealthContext): boolean[] {
  const jobs = map.occupations.length;
  const indexOf = (id: string) => context.occupationIndex.get(id) ?? offset(context.stepIndex.get(id), jobs);
  const next: number[][] = Array.from({ length: jobs + map.steps.length }, () => []);
  for (const transition of map.transitions) {
    const from = indexOf(transition.from);
    const to = indexOf(transition.to);
    if (from !== undefined && to !== undefined) next[from]?.push(to);
  }
  const first = firstLevelId(map);
  const reached = [...map.occupations, ...map.steps].map((card) => card.level !== undefined && card.level === first);
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

const offset = (index: number | undefined, by: number) => (index === undefined ? undefined : index + by);

/**
 * Occupations no one can get to from an entry-level job. A map with occupations but none at entry
 * level gets one map-wide finding instead: flagging every card would bury the one fix that matters.
 */
export function findUnreachable(map: PathwayMap, context: HealthContext): Array<NoEntryLevelFinding | UnreachableFinding> {
  if (map.occupations.length === 0) return [];
  const first = firstLevelId(map);
  if (!map.occupations.some((occupation) => occupation.level !== undefined && occupation.level === first)) {
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
