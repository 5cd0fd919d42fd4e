import { quote } from '../describe';
import { uniqueId } from '../ids';
import { parseMap } from '../parse';
import type { PathwayMap } from '../schema/map';
import type { Occupation } from '../schema/occupation';
import { withoutUndefined } from '../commands/without-undefined';
import type { ListName } from './columns';
import type { Step } from '../schema/step';
import { mergeLevels } from './merge-levels';
import { renameCards } from './rename-cards';
import { mentionItems, placeIssue } from './locate-issue';
import { groupMerger } from './merge-groups';
import { mergeOccupation } from './merge-occupation';
import { sameValue } from './same-value';
import { socKey } from '../soc-key';

export type MatchBy = 'id' | 'socCode';
type CardCounts = { added: number; updated: number; unchanged: number };
export type MergeSummary = {
  occupations: CardCounts;
  steps: CardCounts;
  transitions: { added: number; unchanged: number };
};
/** A problem with one imported occupation, step card or transition, by its position in the imported map. */
export type MergeIssue = { list: ListName; index: number; column: string; message: string };
export type MergeResult = { ok: true; map: PathwayMap; summary: MergeSummary } | { ok: false; issues: MergeIssue[] };

function indexBy(occupations: readonly Occupation[], keyOf: (occupation: Occupation) => string | undefined) {
  const index = new Map<string, number[]>();
  occupations.forEach((occupation, position) => {
    const key = keyOf(occupation);
    if (key !== undefined) index.set(key, [...(index.get(key) ?? []), position]);
  });
  return index;
}

/**
 * Merges an imported map into the open one. Occupations are matched by id or by SOC code (29-1141
 * matches 29-1141.00): a match is updated field by field (mergeOccupation), others are added under
 * an unused id. Step cards have no SOC code: they are matched by id either way. A transition is
 * added unless the open map already has a move between the same two cards. A SOC code shared by
 * several occupations is reported, never guessed. Levels are found on the open map by id or label,
 * or added after its own (mergeLevels). The result is checked by parseMap, like every way in.
 */
export function mergeIntoMap(map: PathwayMap, imported: PathwayMap, matchBy: MatchBy): MergeResult {
  const keyOf = (occupation: Occupation) => (matchBy === 'id' ? occupation.id : socKey(occupation.socCode));
  const byKey = indexBy(map.occupations, keyOf);
  const used = new Set([...map.occupations, ...map.steps, ...map.transitions].map((item) => item.id));
  const usedLevels = new Set([...imported.occupations, ...imported.steps].flatMap((card) => (card.level === undefined ? [] : [card.level])));
  const levels = mergeLevels(map.levels, imported.levels, usedLevels);
  const levelOf = (level: string | undefined) => (level === undefined ? undefined : (levels.idFor.get(level) ?? level));
  const groups = groupMerger(map.groups, imported.groups);
  const occupations = [...map.occupations];
  const transitions = [...map.transitions];
  const origin: Record<ListName, Map<number, number>> = { occupations: new Map(), steps: new Map(), transitions: new Map() };
  const idFor = new Map<string, string>();
  const issues: MergeIssue[] = [];
  const summary: MergeSummary = {
    occupations: { added: 0, updated: 0, unchanged: 0 },
    steps: { added: 0, updated: 0, unchanged: 0 },
    transitions: { added: 0, unchanged: 0 },
  };

  imported.occupations.forEach((incoming, index) => {
    const key = keyOf(incoming);
    const matches = key === undefined ? [] : (byKey.get(key) ?? []);
    const target = matches[0];
    const titles = () => matches.map((position) => quote(map.occupations[position]?.title ?? '')).join(', ');
    if (matches.length > 1) {
      issues.push({ list: 'occupations', index, column: matchBy, message: `matches ${matches.length} occupations on the open map (${titles()}); match by id instead` });
      return;
    }
    if (target !== undefined && origin.occupations.has(target)) {
      issues.push({ list: 'occupations', index, column: matchBy, message: `matches ${titles()} on the open map, as an earlier row does; one row per occupation` });
      return;
    }
    const groupId = incoming.groupId === undefined ? undefined : groups.idFor(incoming.groupId);
    const level = levelOf(incoming.level);
    const existing = target === undefined ? undefined : occupations[target];
    if (target === undefined || existing === undefined) {
      const id = uniqueId(incoming.id, used);
      used.add(id);
      idFor.set(incoming.id, id);
      origin.occupations.set(occupations.length, index);
      occupations.push(withoutUndefined({ ...incoming, id, groupId, level }));
      summary.occupations.added++;
      return;
    }
    const merged = mergeOccupation(existing, withoutUndefined({ ...incoming, level }), groupId);
    idFor.set(incoming.id, existing.id);
    origin.occupations.set(target, index);
    occupations[target] = merged;
    summary.occupations[sameValue(existing, merged) ? 'unchanged' : 'updated']++;
  });

  const steps = mergeSteps(map.steps, imported.steps, { used, idFor, origin: origin.steps, summary: summary.steps, issues, groupOf: (id) => groups.idFor(id), levelOf });

  const pairs = new Set(map.transitions.map((move) => JSON.stringify([move.from, move.to])));
  imported.transitions.forEach((incoming, index) => {
    const [from, to] = [idFor.get(incoming.from), idFor.get(incoming.to)];
    if (from === undefined || to === undefined) return; // an end already reported above
    const pair = JSON.stringify([from, to]);
    if (pairs.has(pair)) return void summary.transitions.unchanged++;
    pairs.add(pair);
    const id = uniqueId(incoming.id, used);
    used.add(id);
    origin.transitions.set(transitions.length, index);
    transitions.push(withoutUndefined({ ...incoming, id, from, to, requirements: renameCards(incoming.requirements, idFor) }));
    summary.transitions.added++;
  });
  if (issues.length > 0) return { ok: false, issues };

  for (const [index, step] of steps.entries()) if (origin.steps.has(index)) steps[index] = withoutUndefined({ ...step, toGetIn: renameCards(step.toGetIn, idFor) });
  const parsed = parseMap(JSON.stringify({ ...map, levels: levels.levels, groups: groups.groups, occupations, steps, transitions }));
  if (parsed.ok) return { ok: true, map: parsed.map, summary };
  const describe = (list: ListName, position: number) =>
    list === 'occupations'
      ? `the occupation ${quote(occupations[position]?.title ?? '')}`
      : list === 'steps'
        ? `the card ${quote(steps[position]?.title ?? '')}`
        : `the move ${quote(transitions[position]?.id ?? '')}`;
  return {
    ok: false,
    issues: parsed.errors.map((error) => {
      const place = placeIssue(error);
      const list = place.list === null || place.list === 'groups' || place.list === 'levels' ? null : place.list;
      const index = list === null ? -1 : (origin[list].get(place.index) ?? -1);
      return { list: list ?? (place.sheet === 'transitions' ? 'transitions' : 'occupations'), index, column: place.column, message: mentionItems(place.message, describe) };
    }),
  };
}

type StepMerge = {
  used: Set<string>;
  idFor: Map<string, string>;
  origin: Map<number, number>;
  summary: CardCounts;
  issues: MergeIssue[];
  groupOf: (id: string) => string;
  levelOf: (level: string | undefined) => string | undefined;
};

/** The open map's step cards with the imported ones merged in: matched by id and kind, updated field by field, else added. */
function mergeSteps(open: readonly Step[], imported: readonly Step[], merge: StepMerge): Step[] {
  const steps = [...open];
  imported.forEach((incoming, index) => {
    const groupId = incoming.groupId === undefined ? undefined : merge.groupOf(incoming.groupId);
    const card = withoutUndefined({ ...incoming, groupId, level: merge.levelOf(incoming.level) }) as Step;
    const target = steps.findIndex((step) => step.id === incoming.id);
    const existing = steps[target];
    if (existing !== undefined && existing.kind !== incoming.kind) {
      merge.issues.push({ list: 'steps', index, column: 'kind', message: `the open map's card ${quote(existing.id)} is a ${existing.kind}, not a ${incoming.kind}` });
      return;
    }
    if (existing === undefined) {
      const id = uniqueId(incoming.id, merge.used);
      merge.used.add(id);
      merge.idFor.set(incoming.id, id);
      merge.origin.set(steps.length, index);
      steps.push({ ...card, id });
      merge.summary.added++;
      return;
    }
    const updated = mergeOccupation(existing as never, card as never, groupId) as unknown as Step;
    merge.idFor.set(incoming.id, existing.id);
    merge.origin.set(target, index);
    steps[target] = updated;
    merge.summary[sameValue(existing, updated) ? 'unchanged' : 'updated']++;
  });
  return steps;
}
