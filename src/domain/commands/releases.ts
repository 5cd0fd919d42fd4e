import type { Draft } from 'immer';
import { uniqueId } from '../ids';
import { IsoDate } from '../schema/fields';
import type { PathwayMap, Release } from '../schema/map';
import { StaleAfterMonths } from '../schema/release';

/** One change to the map's releases or staleness setting, as data, so the inspector can send it and the store apply it. */
export type ReleaseEdit =
  | { op: 'record'; release: { date: string; title?: string | undefined; changes: string } }
  | { op: 'remove'; id: string }
  /** undefined goes back to the default (18 months). */
  | { op: 'stale-after'; months: number | undefined };

export type ReleaseResult = { ok: true } | { ok: false; reason: string };

/** The calendar day of an ISO date or date-time: ISO days compare as text. */
const dayOf = (date: string): string => date.slice(0, 10);

/**
 * Records, removes a release, or sets how old a figure may be. Recording a release is recording a
 * validation: when its date is later than `reviewedAt` (or there is none), `reviewedAt` moves to it,
 * so the two never disagree about when the employers last validated the map.
 */
export function editReleases(draft: Draft<PathwayMap>, edit: ReleaseEdit): ReleaseResult {
  if (edit.op === 'stale-after') {
    if (edit.months === undefined) delete draft.staleAfterMonths;
    else if (!StaleAfterMonths.safeParse(edit.months).success) return { ok: false, reason: 'Give a whole number of months from 1 to 240.' };
    else draft.staleAfterMonths = edit.months;
    return { ok: true };
  }
  if (edit.op === 'remove') {
    const index = (draft.releases ?? []).findIndex((release) => release.id === edit.id);
    if (index < 0) return { ok: false, reason: 'That release is no longer on the map.' };
    draft.releases?.splice(index, 1);
    if (draft.releases?.length === 0) delete draft.releases;
    return { ok: true };
  }
  const { date, title, changes } = edit.release;
  if (!IsoDate.safeParse(date).success) return { ok: false, reason: 'Give the release a date, like 2026-05-01.' };
  const releases = (draft.releases ??= []);
  const release: Release = { id: uniqueId(`release-${dayOf(date)}`, new Set(releases.map((r) => r.id))), date, changes: changes.trim() };
  if (title?.trim()) release.title = title.trim();
  releases.push(release);
  if (draft.reviewedAt === undefined || dayOf(date) > dayOf(draft.reviewedAt)) draft.reviewedAt = date;
  return { ok: true };
}
