import { quote } from '../describe';
import { uniqueId } from '../ids';
import { parseMap } from '../parse';
import type { PathwayMap } from '../schema/map';
import type { Occupation } from '../schema/occupation';
import { withoutUndefined } from '../commands/without-undefined';
import type { SheetName } from './columns';
import { mentionItems, placeIssue } from './locate-issue';
import { groupMerger } from './merge-groups';
import { mergeOccupation } from './merge-occupation';
import { sameValue } from './same-value';
import { socKey } from '../soc-key';

export type MatchBy = 'id' | 'socCode';
export type MergeSummary = {
  occupations: { added: number; updated: number; unchanged: number };
  transitions: { added: number; unchanged: number };
};
/** A problem with one imported occupation or transition, by its position in the imported map. */
export type MergeIssue = { sheet: SheetName; index: number; column: string; message: string };
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
 * an unused id. A transition is added unless the open map already has a move between the same two
 * occupations. A SOC code shared by several occupations is reported, never guessed. The result is
 * checked by parseMap, like every way in.
 */
export function mergeIntoMap(map: PathwayMap, imported: PathwayMap, matchBy: MatchBy): MergeResult {
  const keyOf = (occupation: Occupation) => (matchBy === 'id' ? occupation.id : socKey(occupation.socCode));
  const byKey = indexBy(map.occupations, keyOf);
  const used = new Set([...map.occupations, ...map.transitions].map((item) => item.id));
  const groups = groupMerger(map.groups, imported.groups);
  const occupations = [...map.occupations];
  const transitions = [...map.transitions];
  const origin: Record<SheetName, Map<number, number>> = { occupations: new Map(), transitions: new Map() };
  const idFor = new Map<string, string>();
  const issues: MergeIssue[] = [];
  const summary: MergeSummary = { occupations: { added: 0, updated: 0, unchanged: 0 }, transitions: { added: 0, unchanged: 0 } };

  imported.occupations.forEach((incoming, index) => {
    const key = keyOf(incoming);
    const matches = key === undefined ? [] : (byKey.get(key) ?? []);
    const target = matches[0];
    const titles = () => matches.map((position) => quote(map.occupations[position]?.title ?? '')).join(', ');
    if (matches.length > 1) {
      issues.push({ sheet: 'occupations', index, column: matchBy, message: `matches ${matches.length} occupations on the open map (${titles()}); match by id instead` });
      return;
    }
    if (target !== undefined && origin.occupations.has(target)) {
      issues.push({ sheet: 'occupations', index, column: matchBy, message: `matches ${titles()} on the open map, as an earlier row does; one row per occupation` });
      return;
    }
    const groupId = incoming.groupId === undefined ? undefined : groups.idFor(incoming.groupId);
    const existing = target === undefined ? undefined : occupations[target];
    if (target === undefined || existing === undefined) {
      const id = uniqueId(incoming.id, used);
      used.add(id);
      idFor.set(incoming.id, id);
      origin.occupations.set(occupations.length, index);
      occupations.push(withoutUndefined({ ...incoming, id, groupId }));
      summary.occupations.added++;
      return;
    }
    const merged = mergeOccupation(existing, incoming, groupId);
    idFor.set(incoming.id, existing.id);
    origin.occupations.set(target, index);
    occupations[target] = merged;
    summary.occupations[sameValue(existing, merged) ? 'unchanged' : 'updated']++;
  });

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
    transitions.push({ ...incoming, id, from, to });
    summary.transitions.added++;
  });
  if (issues.length > 0) return { ok: false, issues };

  const parsed = parseMap(JSON.stringify({ ...map, groups: groups.groups, occupations, transitions }));
  if (parsed.ok) return { ok: true, map: parsed.map, summary };
  const describe = (list: SheetName, position: number) =>
    list === 'occupations' ? `the occupation ${quote(occupations[position]?.title ?? '')}` : `the move ${quote(transitions[position]?.id ?? '')}`;
  return {
    ok: false,
    issues: parsed.errors.map((error) => {
      const place = placeIssue(error);
      const index = place.list === 'occupations' || place.list === 'transitions' ? (origin[place.list].get(place.index) ?? -1) : -1;
      return { sheet: place.sheet, index, column: place.column, message: mentionItems(place.message, describe) };
    }),
  };
}
