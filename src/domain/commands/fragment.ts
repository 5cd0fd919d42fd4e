import type { Draft } from 'immer';
import { moveIdBase, uniqueId } from '../ids';
import type { Group, Occupation, PathwayMap, Transition } from '../schema/map';
import { elementIds } from './element-ids';

/**
 * Occupations and the moves among them, as copied to the clipboard, with the groups they were in
 * (so a paste into another map never puts a card in that map's unrelated group of the same id).
 */
export type Fragment = { occupations: Occupation[]; transitions: Transition[]; groups?: Group[] };

/** What copy takes: the chosen occupations and every move whose both ends are among them. */
export function copyFragment(map: PathwayMap, occupationIds: Iterable<string>): Fragment {
  const chosen = new Set(occupationIds);
  const occupations = map.occupations.filter((occupation) => chosen.has(occupation.id));
  const groupIds = new Set(occupations.map((occupation) => occupation.groupId));
  return {
    occupations,
    transitions: map.transitions.filter((transition) => chosen.has(transition.from) && chosen.has(transition.to)),
    groups: map.groups.filter((group) => groupIds.has(group.id)),
  };
}

/**
 * Pastes a fragment (from this map or another) with fresh ids, shifted by offset so the copies
 * don't hide the originals. A card keeps its group when the target map has that group (same id and
 * name), else joins the target's group of the same name, else none: maps share ids, so an id alone
 * could name an unrelated group. Returns the ids of the pasted occupations.
 */
export function pasteFragment(draft: Draft<PathwayMap>, fragment: Fragment, offset: { x: number; y: number }): string[] {
  const taken = elementIds(draft);
  const groupIn = targetGroup(draft, fragment);
  const newIds = new Map<string, string>();
  const occupations = fragment.occupations.map((occupation, index) => {
    const id = uniqueId(occupation.id, taken);
    taken.add(id);
    newIds.set(occupation.id, id);
    const { groupId, position, ...rest } = occupation;
    const copy: Occupation = { ...rest, id };
    const group = groupIn(groupId);
    if (group !== undefined) copy.groupId = group;
    copy.position = pastedPosition(position, index, offset);
    return copy;
  });
  const transitions = fragment.transitions.flatMap((transition) => {
    const from = newIds.get(transition.from);
    const to = newIds.get(transition.to);
    if (from === undefined || to === undefined) return [];
    const id = uniqueId(moveIdBase(from, to), taken);
    taken.add(id);
    return [{ ...transition, id, from, to }];
  });
  draft.occupations.push(...occupations);
  draft.transitions.push(...transitions);
  return occupations.map((occupation) => occupation.id);
}

/** The target map's group for a copied card's group id, or undefined. */
function targetGroup(map: PathwayMap, fragment: Fragment): (groupId: string | undefined) => string | undefined {
  const here = new Map(map.groups.map((group) => [group.id, group.label]));
  return (groupId) => {
    if (groupId === undefined) return undefined;
    const copied = fragment.groups?.find((group) => group.id === groupId);
    // A copy made before groups travelled with it: the id is all there is.
    if (copied === undefined) return here.has(groupId) ? groupId : undefined;
    if (here.get(groupId) === copied.label) return groupId;
    return map.groups.find((group) => group.label === copied.label)?.id;
  };
}

type Point = { x: number; y: number };

// A card copied without a place gets one on a diagonal from the offset.
function pastedPosition(position: Point | undefined, index: number, offset: Point): Point {
  return position ? { x: position.x + offset.x, y: position.y + offset.y } : { x: offset.x + index * 40, y: offset.y + index * 40 };
}

const MAX_STEPS = 500;

/**
 * The offset for pasting a fragment into a map: the first multiple of `step` (down and right) at
 * which no pasted card lands on a card already there, so repeated pastes (or duplicates) fan out
 * instead of stacking invisibly on top of each other.
 */
export function clearPasteOffset(map: PathwayMap, fragment: Fragment, step: Point): Point {
  const taken = map.occupations.flatMap((occupation) => (occupation.position ? [occupation.position] : []));
  const covers = (a: Point, b: Point) => Math.abs(a.x - b.x) < step.x / 2 && Math.abs(a.y - b.y) < step.y / 2;
  for (let steps = 1; steps < MAX_STEPS; steps += 1) {
    const offset = { x: step.x * steps, y: step.y * steps };
    const lands = fragment.occupations.map((occupation, index) => pastedPosition(occupation.position, index, offset));
    if (!lands.some((spot) => taken.some((card) => covers(spot, card)))) return offset;
  }
  return { x: step.x * MAX_STEPS, y: step.y * MAX_STEPS };
}
