import type { Feedback, PathwayMap } from '../schema/map';
import { timeOf } from './dates';
import { isRemark, REMARK_KINDS, type RemarkKind } from './remarks';

/** What the remarks on one occupation, move or the whole map are about. */
export type RemarkTarget = { targetId: string | undefined; name: string; group: string };

export type RemarkSection = RemarkTarget & { kinds: { kind: RemarkKind; remarks: Feedback[] }[] };

/** The name a summary gives what feedback is about: a title, "A → B", the whole map, or what has gone. */
export function targetOf(map: PathwayMap, targetId: string | undefined): RemarkTarget {
  if (targetId === undefined) return { targetId, name: 'The whole map', group: '' };
  const titles = new Map(map.occupations.map((occupation) => [occupation.id, occupation.title]));
  const labels = new Map(map.groups.map((group) => [group.id, group.label]));
  const occupation = map.occupations.find((item) => item.id === targetId);
  if (occupation) return { targetId, name: occupation.title, group: labels.get(occupation.groupId ?? '') ?? '' };
  const move = map.transitions.find((item) => item.id === targetId);
  if (move) return { targetId, name: `${titles.get(move.from) ?? move.from} → ${titles.get(move.to) ?? move.to}`, group: '' };
  return { targetId, name: `No longer on the map (${targetId})`, group: '' };
}

/**
 * The remarks of the chosen kinds, by what they are about (occupations in map order, then moves,
 * then the whole map, then what has been removed), each by kind, oldest first.
 */
export function remarkSections(map: PathwayMap, kinds: readonly RemarkKind[] = REMARK_KINDS): RemarkSection[] {
  const remarks = map.feedback
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => isRemark(item) && kinds.includes(item.kind as RemarkKind))
    .sort((a, b) => timeOf(a.item.createdAt) - timeOf(b.item.createdAt) || a.index - b.index)
    .map(({ item }) => item);
  const order = [
    ...map.occupations.map((item) => item.id),
    ...map.transitions.map((item) => item.id),
    undefined,
    ...new Set(remarks.map((item) => item.targetId)),
  ];
  const sections: RemarkSection[] = [];
  for (const targetId of new Set(order)) {
    const about = remarks.filter((item) => item.targetId === targetId);
    if (about.length === 0) continue;
    const byKind = kinds
      .map((kind) => ({ kind, remarks: about.filter((item) => item.kind === kind) }))
      .filter((group) => group.remarks.length > 0);
    sections.push({ ...targetOf(map, targetId), kinds: byKind });
  }
  return sections;
}

/** "Baystate Health, Dana Ruiz" or "Baystate Health". */
export function attribution(item: Feedback): string {
  return item.author ? `${item.organization}, ${item.author}` : item.organization;
}

export const STATUS_LABELS: Readonly<Record<Feedback['status'], string>> = {
  open: 'Pending',
  accepted: 'Accepted',
  dismissed: 'Dismissed',
};
