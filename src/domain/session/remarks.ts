import type { Feedback, PathwayMap } from '../schema/map';
import { elementIds } from '../commands/element-ids';
import { timeOf } from './dates';
import { organizationSpelling } from './organizations';
import { appendFeedback, optionalText } from './records';
import type { SessionResult } from './session-result';

/** What the room says about an occupation, a move or the map, in the order a facilitator asks. */
export const REMARK_KINDS = [
  'why-critical',
  'skill-gap',
  'movement',
  'preferred-program',
  'talent-source',
  'recruitment',
  'correction',
  'comment',
] as const;

export type RemarkKind = (typeof REMARK_KINDS)[number];

export const REMARK_LABELS: Readonly<Record<RemarkKind, string>> = {
  'why-critical': 'Why critical',
  'skill-gap': 'Skill gap',
  movement: 'How people move in and out',
  'preferred-program': 'Preferred training program',
  'talent-source': 'Source of talent',
  recruitment: 'Recruitment practice',
  correction: 'Correction',
  comment: 'Comment',
};

export type Remark = {
  organization: string;
  author?: string | undefined;
  kind: RemarkKind;
  /** An occupation or transition id; absent for a remark on the whole map. */
  targetId?: string | undefined;
  text: string;
};

export function isRemarkKind(kind: string): kind is RemarkKind {
  return (REMARK_KINDS as readonly string[]).includes(kind);
}

/** A remark is said in words; a suggested change (which also has kind 'correction') is listed with the suggestions. */
export function isRemark(item: Feedback): boolean {
  return isRemarkKind(item.kind) && item.suggestion === undefined;
}

/** Records what an organization said, on an occupation, a move or (no target) the whole map. */
export function addRemark(map: PathwayMap, remark: Remark, now: string): SessionResult {
  const organization = organizationSpelling(map, remark.organization);
  if (organization === '') return { ok: false, reason: 'Choose the organization that said it.' };
  if (!isRemarkKind(remark.kind)) return { ok: false, reason: 'Choose what kind of remark this is.' };
  const text = remark.text.trim();
  if (text === '') return { ok: false, reason: 'Type what was said.' };
  const targetId = optionalText(remark.targetId);
  if (targetId !== undefined && !elementIds(map).has(targetId)) {
    return { ok: false, reason: 'That occupation or move is not on this map.' };
  }
  const author = optionalText(remark.author);
  return {
    ok: true,
    map: appendFeedback(map, [{ targetId, organization, author, kind: remark.kind, text, createdAt: now, status: 'open' }]),
  };
}

/** The remarks on an occupation or move (undefined: on the whole map), newest first. */
export function remarksFor(map: PathwayMap, targetId: string | undefined): Feedback[] {
  const found = map.feedback
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => isRemark(item) && item.targetId === targetId);
  // Newest first; of two said at the same moment, the one recorded later first.
  found.sort((a, b) => timeOf(b.item.createdAt) - timeOf(a.item.createdAt) || b.index - a.index);
  return found.map(({ item }) => item);
}

/** Takes back a remark (a mistyped one); the same map when there is no remark with that id. */
export function removeRemark(map: PathwayMap, feedbackId: string): PathwayMap {
  const feedback = map.feedback.filter((item) => !(item.id === feedbackId && isRemark(item)));
  return feedback.length === map.feedback.length ? map : { ...map, feedback };
}
