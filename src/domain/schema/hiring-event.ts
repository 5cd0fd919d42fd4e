import { z } from './zod';
import { count, id, isoDate, nonEmptyText, ownId, text } from './fields';

export const HIRING_EVENT_KINDS = ['expansion', 'relocation', 'layoff', 'other'] as const;

/** An expansion, relocation or lay-off that changes demand. */
export const HiringEvent = z.looseObject({
  id: ownId(),
  date: isoDate(),
  employer: nonEmptyText(),
  kind: z.enum(HIRING_EVENT_KINDS),
  jobs: count().optional(),
  occupationIds: z.array(id()).optional(),
  note: text().optional(),
});

export type HiringEvent = z.infer<typeof HiringEvent>;
