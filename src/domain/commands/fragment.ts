import type { Draft } from 'immer';
import { moveIdBase, uniqueId } from '../ids';
import type { Group, Occupation, PathwayMap, Source, Step, Transition } from '../schema/map';
import type { Requirement } from '../schema/requirement';
import { cardTitles } from '../cards';
import { eachItem, requirementItems } from '../requirements/walk';
import { elementIds } from './element-ids';
import { citedSourceIds, pasteSources, withSourceIds } from './fragment-sources';

/**
 * Cards (occupations and steps) and the moves among them, as copied to the clipboard, with the
 * groups they were in (so a paste into another map never puts a card in that map's unrelated group
 * of the same id) and the sources they cite (so a paste into another map never leaves a citation
 * naming nothing). A fragment stands on its own: its requirements point only at its own cards.
 */
export type Fragment = { occupations: Occupation[]; steps?: Step[]; transitions: Transition[]; groups?: Group[]; sources?: Source[] };

/**
 * What copy takes: the chosen cards and every move whose both ends are among them. A requirement
 * that points at a card left behind keeps that card's title as its words, without the link (the
 * copy may go to another map, where that id would name something else or nothing).
 */
export function copyFragment(map: PathwayMap, cardIds: Iterable<string>): Fragment {
  const chosen = new Set(cardIds);
  const occupations = map.occupations.filter((occupation) => chosen.has(occupation.id));
  const groupIds = new Set(occupations.map((occupation) => occupation.groupId));
  const titles = cardTitles(map);
  const steps = map.steps.filter((step) => chosen.has(step.id)).map((step) => withTree(step, 'toGetIn', chosen, titles));
  for (const step of steps) groupIds.add(step.groupId);
  const transitions = map.transitions
    .filter((transition) => chosen.has(transition.from) && chosen.has(transition.to))
    .map((transition) => withTree(transition, 'requirements', chosen, titles));
  const cited = citedSourceIds([occupations, steps, transitions]);
  return {
    occupations,
    ...(steps.length > 0 && { steps }),
    transitions,
    groups: map.groups.filter((group) => groupIds.has(group.id)),
    ...(cited.size > 0 && { sources: map.sources.filter((source) => cited.has(source.id)) }),
  };
}

/** The object with its requirement tree's card links kept within `keep` and renamed by `rename`. */
function withTree<T extends { requirements?: Requirement | undefined } | { toGetIn?: Requirement | undefined }>(
  owner: T,
  key: 'requirements' | 'toGetIn',
  keep: ReadonlySet<string>,
  titles: ReadonlyMap<string, string>,
  rename: ReadonlyMap<string, string> = new Map(),
): T {
  const tree = (owner as Record<string, unknown>)[key] as Requirement | undefined;
  if (tree === undefined || !requirementItems(tree).some(({ item }) => item.cardId !== undefined)) return owner;
  const copy = structuredClone(tree);
  eachItem(copy, (item) => {
    if (item.cardId === undefined) return;
    if (keep.has(item.cardId)) {
      item.cardId = rename.get(item.cardId) ?? item.cardId;
      return;
    }
    if (item.text === undefined || item.text.trim() === '') {
      const title = titles.get(item.cardId);
      if (title !== undefined) item.text = title;
    }
    delete item.cardId;
  });
  return { ...owner, [key]: copy };
}

/**
 * Pastes a fragment (from this map or another) with fresh ids, shifted by offset so the copies
 * don't hide the originals. A card keeps its group when the target map has that group (same id and
 * name), else joins the target's group of the same name, else none: maps share ids, so an id alone
 * could name an unrelated group. Sources the cards cite come too (pasteSources). Returns the ids of the pasted cards (occupations, then steps).
 */
export function pasteFragment(draft: Draft<PathwayMap>, pasting: Fragment, offset: { x: number; y: number }): string[] {
  const taken = elementIds(draft);
  // Only the sources the cards cite come along (a clipboard file holds all of its map's sources).
  const cited = citedSourceIds([pasting.occupations, pasting.steps ?? [], pasting.transitions]);
  const fragment = withSourceIds(pasting, pasteSources(draft, (pasting.sources ?? []).filter((source) => cited.has(source.id))));
  const groupIn = targetGroup(draft, fragment);
  const newIds = new Map<string, string>();
  const cards = [...fragment.occupations, ...(fragment.steps ?? [])];
  // Every card's id first: a step's way in may name a card pasted after it.
  for (const card of cards) {
    const id = uniqueId(card.id, taken);
    taken.add(id);
    newIds.set(card.id, id);
  }
  const fragmentIds = new Set(newIds.keys());
  const noTitles = new Map<string, string>();
  const placed = <C extends Occupation | Step>(card: C, index: number): C => {
    const { groupId, position, ...rest } = card;
    const copy = { ...rest, id: newIds.get(card.id)! } as C;
    const group = groupIn(groupId);
    if (group !== undefined) copy.groupId = group;
    copy.position = pastedPosition(position, index, offset);
    return copy;
  };
  const occupations = fragment.occupations.map((occupation, index) => placed(occupation, index));
  const steps = (fragment.steps ?? []).map((step, index) => {
    return withTree(placed(step, fragment.occupations.length + index), 'toGetIn', fragmentIds, noTitles, newIds);
  });
  const transitions = fragment.transitions.flatMap((transition) => {
    const from = newIds.get(transition.from);
    const to = newIds.get(transition.to);
    if (from === undefined || to === undefined) return [];
    const id = uniqueId(moveIdBase(from, to), taken);
    taken.add(id);
    return [withTree({ ...transition, id, from, to }, 'requirements', fragmentIds, noTitles, newIds)];
  });
  draft.occupations.push(...occupations);
  if (steps.length > 0) draft.steps.push(...steps);
  draft.transitions.push(...transitions);
  return [...occupations, ...steps].map((card) => card.id);
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
  const taken = [...map.occupations, ...map.steps].flatMap((card) => (card.position ? [card.position] : []));
  const covers = (a: Point, b: Point) => Math.abs(a.x - b.x) < step.x / 2 && Math.abs(a.y - b.y) < step.y / 2;
  for (let steps = 1; steps < MAX_STEPS; steps += 1) {
    const offset = { x: step.x * steps, y: step.y * steps };
    const lands = [...fragment.occupations, ...(fragment.steps ?? [])].map((card, index) => pastedPosition(card.position, index, offset));
    if (!lands.some((spot) => taken.some((card) => covers(spot, card)))) return offset;
  }
  return { x: step.x * MAX_STEPS, y: step.y * MAX_STEPS };
}
