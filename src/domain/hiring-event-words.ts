import { formatNumber } from './describe';
import type { HiringEvent, PathwayMap } from './schema/map';
import type { HIRING_EVENT_KINDS } from './schema/hiring-event';
import { timeOf } from './session/dates';

export type HiringEventKind = (typeof HIRING_EVENT_KINDS)[number];

/** The kinds in words, for the editor's select, the viewer's timeline and the card's marker. */
export const HIRING_KIND_LABELS: Readonly<Record<HiringEventKind, string>> = {
  expansion: 'Expansion',
  relocation: 'Relocation',
  layoff: 'Lay-off',
  other: 'Other event',
};

/** "+40 jobs" for an expansion, "40 jobs affected" otherwise; "Jobs not known" when the map doesn't say (never 0). */
export function jobsText(event: Pick<HiringEvent, 'kind' | 'jobs'>): string {
  if (event.jobs === undefined) return 'Jobs not known';
  const jobs = `${formatNumber(event.jobs)} ${event.jobs === 1 ? 'job' : 'jobs'}`;
  return event.kind === 'expansion' ? `+${jobs}` : `${jobs} affected`;
}

/** Newest first (an unreadable date last); the file order breaks ties. */
function newestFirst(events: readonly HiringEvent[]): HiringEvent[] {
  return events
    .map((event, index) => ({ event, index, time: timeOf(event.date) }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map(({ event }) => event);
}

/** The events that name an occupation, newest first. */
export function hiringEventsOf(map: Pick<PathwayMap, 'hiringEvents'>, occupationId: string): HiringEvent[] {
  return newestFirst(map.hiringEvents.filter((event) => event.occupationIds?.includes(occupationId)));
}

/** Every occupation's events, newest first, in one pass (for the canvas, which asks for every card). */
export function hiringEventsByOccupation(map: Pick<PathwayMap, 'hiringEvents'>): Map<string, HiringEvent[]> {
  const byOccupation = new Map<string, HiringEvent[]>();
  for (const event of newestFirst(map.hiringEvents)) {
    for (const id of new Set(event.occupationIds ?? [])) {
      const list = byOccupation.get(id);
      if (list) list.push(event);
      else byOccupation.set(id, [event]);
    }
  }
  return byOccupation;
}

/** "2 hiring events": the card's marker. */
export const hiringEventCountText = (count: number): string => `${formatNumber(count)} hiring ${count === 1 ? 'event' : 'events'}`;
