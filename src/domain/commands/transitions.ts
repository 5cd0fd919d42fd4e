import type { PathwayMap, Transition, TransitionKind } from '../schema/map';
import { elementIds } from './element-ids';
import { withoutUndefined } from './without-undefined';
import { moveIdBase, uniqueId } from '../ids';

export type ConnectResult = { ok: true; map: PathwayMap; id: string } | { ok: false; reason: string };

/** Adds a move between two occupations, refusing what the format forbids, with a reason to show. */
export function connect(map: PathwayMap, from: string, to: string, kind: TransitionKind = 'advancement'): ConnectResult {
  const titles = new Map(map.occupations.map((occupation) => [occupation.id, occupation.title]));
  const fromTitle = titles.get(from);
  const toTitle = titles.get(to);
  if (fromTitle === undefined || toTitle === undefined) return { ok: false, reason: 'Both ends of a move must be occupations on this map.' };
  if (from === to) return { ok: false, reason: `“${fromTitle}” can't lead to itself.` };
  if (map.transitions.some((transition) => transition.from === from && transition.to === to)) {
    return { ok: false, reason: `There is already a move from “${fromTitle}” to “${toTitle}”.` };
  }
  const id = uniqueId(moveIdBase(from, to), elementIds(map));
  const transition: Transition = { id, from, to, kind };
  return { ok: true, map: { ...map, transitions: [...map.transitions, transition] }, id };
}

/** Replaces top-level fields of one transition; its id and ends stay as they are. */
export function updateTransition(map: PathwayMap, id: string, patch: Partial<Transition>): PathwayMap {
  return {
    ...map,
    transitions: map.transitions.map((transition) =>
      transition.id === id
        ? withoutUndefined({ ...transition, ...patch, id, from: transition.from, to: transition.to })
        : transition,
    ),
  };
}
