import { z } from './zod';
import { count, id, isoDate, nonEmptyText, ownId, text } from './fields';

export const HIRING_EVENT_KINDS = ['expansion', 'relocation', 'layoff', 'other'] as const;

/** An expansion, relocation or lay-off that changes demand. */
export const HiringEvent = z.looseObject({
  id: ownId(),
  date: isoDate(),
  employer: nonEmptyText(),
  kind: z.enum(HIRING_EVENT_KINDS),
  /** Jobs added, moved or lost; left out when not known (never 0 for "not known"). */
  jobs: count().optional(),
  occupationIds: z.array(id()).optional(),
  note: text().optional(),
  /** The map's source that reports the event (checked in checks/references.ts, listed by sources/citations.ts). */
  sourceId: id().optional().describe("Id of the map's source that reports this event."),
});

export type HiringEvent = z.infer<typeof HiringEvent>;
