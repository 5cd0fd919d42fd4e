import type { Draft } from 'immer';
import { slugify, uniqueId } from '../ids';
import { HiringEvent } from '../schema/hiring-event';
import type { PathwayMap } from '../schema/map';
import { setFields } from './set-fields';

/** A hiring event's own fields (Pick, not Omit, which would lose them to the index signature that keeps unknown fields). */
type EventFields = Pick<HiringEvent, 'date' | 'employer' | 'kind' | 'jobs' | 'occupationIds' | 'sourceId' | 'note'>;
export type HiringEventPatch = { [K in keyof EventFields]?: EventFields[K] | undefined };

/** One change to the map's hiring events, as data (like a source edit), so the inspector can send it and the store apply it. */
export type HiringEventEdit =
  | { op: 'add'; event: HiringEventPatch & Pick<HiringEvent, 'date' | 'employer' | 'kind'> }
  /** Sets the given fields; undefined clears an optional one. The id never changes. */
  | { op: 'update'; id: string; patch: HiringEventPatch }
  | { op: 'remove'; id: string }
  /** Events read from a sheet (already checked), merged in one change by mergeHiringEvents. */
  | { op: 'merge'; events: readonly HiringEvent[] };

export type HiringEventResult =
  | { ok: true; id: string }
  | { ok: true; added: number; replaced: number }
  | { ok: false; reason: string };

const REQUIRED = ['date', 'employer', 'kind'] as const;

/** The first problem with the fields as they would be stored, in words; undefined when they are fine. */
function problemWith(event: Record<string, unknown>): string | undefined {
  if (typeof event.employer !== 'string' || event.employer.trim() === '') return 'A hiring event needs an employer.';
  const checked = HiringEvent.safeParse(event);
  if (checked.success) return undefined;
  const issue = checked.error.issues[0];
  return `The hiring event's ${issue?.path.join('.') || 'fields'} ${issue?.message ?? 'is not valid'}.`;
}

/**
 * Adds, changes or removes one of the map's hiring events, or refuses with a reason to show. An
 * event is checked with the format's own schema before it is stored, so the editor can't write a
 * file the import would refuse (a jobs count of -1, a date that isn't one).
 */
export function editHiringEvents(draft: Draft<PathwayMap>, edit: HiringEventEdit): HiringEventResult {
  if (edit.op === 'add') {
    const employer = edit.event.employer.trim();
    const taken = new Set(draft.hiringEvents.map((event) => event.id));
    const id = uniqueId(`${slugify(employer).slice(0, 30) || 'event'}-${edit.event.date.slice(0, 10)}`, taken);
    const event = { id } as HiringEvent;
    setFields(event, { ...edit.event, employer }); // leaves out fields sent as undefined
    const problem = problemWith(event);
    if (problem !== undefined) return { ok: false, reason: problem };
    draft.hiringEvents.push(event);
    return { ok: true, id };
  }
  if (edit.op === 'merge') return { ok: true, ...mergeHiringEvents(draft, edit.events) };
  const event = draft.hiringEvents.find((candidate) => candidate.id === edit.id);
  if (!event) return { ok: false, reason: 'That hiring event is no longer on the map.' };
  if (edit.op === 'update') {
    if (REQUIRED.some((key) => key in edit.patch && edit.patch[key] === undefined)) {
      return { ok: false, reason: 'A hiring event needs a date, a kind and an employer.' };
    }
    const next = { ...(event as HiringEvent) };
    setFields(next, edit.patch as Partial<HiringEvent>);
    const problem = problemWith(next);
    if (problem !== undefined) return { ok: false, reason: problem };
    setFields(event, edit.patch as Partial<HiringEvent>);
    return { ok: true, id: edit.id };
  }
  draft.hiringEvents.splice(draft.hiringEvents.indexOf(event), 1);
  return { ok: true, id: edit.id };
}

/**
 * Events read from a sheet, merged into the map in one change: an event whose id the map has
 * replaces it where it stands, the others are added after the map's own.
 */
export function mergeHiringEvents(draft: Draft<PathwayMap>, events: readonly HiringEvent[]): { added: number; replaced: number } {
  let replaced = 0;
  const positions = new Map(draft.hiringEvents.map((event, index) => [event.id, index]));
  const added: HiringEvent[] = [];
  for (const event of events) {
    const at = positions.get(event.id);
    if (at === undefined) added.push(event);
    else {
      draft.hiringEvents[at] = event;
      replaced += 1;
    }
  }
  draft.hiringEvents.push(...added);
  return { added: added.length, replaced };
}
