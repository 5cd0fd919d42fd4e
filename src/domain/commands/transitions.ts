import type { Draft } from 'immer';
import type { PathwayMap, Transition, TransitionKind } from '../schema/map';
import { elementIds } from './element-ids';
import { setFields } from './set-fields';
import { moveIdBase, uniqueId } from '../ids';
import { cardTitles } from '../cards';

export type ConnectResult = { ok: true; id: string } | { ok: false; reason: string };

/** Why a move from one card (occupation or step) to another can't be added, or undefined when it can. */
export function connectRefusal(map: PathwayMap, from: string, to: string): string | undefined {
  const titles = cardTitles(map);
  const fromTitle = titles.get(from);
  const toTitle = titles.get(to);
  if (fromTitle === undefined || toTitle === undefined) return 'Both ends of a move must be cards on this map.';
  if (from === to) return `“${fromTitle}” can't lead to itself.`;
  if (map.transitions.some((transition) => transition.from === from && transition.to === to)) {
    return `There is already a move from “${fromTitle}” to “${toTitle}”.`;
  }
  return undefined;
}

/** Adds a move between two cards, refusing what the format forbids, with a reason to show. */
export function connect(draft: Draft<PathwayMap>, from: string, to: string, kind: TransitionKind = 'advancement'): ConnectResult {
  const reason = connectRefusal(draft, from, to);
  if (reason !== undefined) return { ok: false, reason };
  const id = uniqueId(moveIdBase(from, to), elementIds(draft));
  const transition: Transition = { id, from, to, kind };
  draft.transitions.push(transition);
  return { ok: true, id };
}

/** Sets top-level fields of one transition; its id and ends stay as they are. */
export function updateTransition(draft: Draft<PathwayMap>, id: string, patch: Partial<Transition>): void {
  const transition = draft.transitions.find((item) => item.id === id);
  if (!transition) return;
  const { id: _id, from: _from, to: _to, ...fields } = patch;
  setFields(transition, fields);
}
