import { z } from './zod';
import { id, isoDate, nonEmptyText, ownId, text } from './fields';

/** A closed list, so session summaries can group by kind. */
export const FEEDBACK_KINDS = [
  'critical-vote',
  'why-critical',
  'skill-gap',
  'movement',
  'preferred-program',
  'talent-source',
  'recruitment',
  'correction',
  'comment',
  'validated',
  // An organization present at a session, recorded when the facilitator adds it, so one that has not spoken yet is listed.
  'attendance',
] as const;

export const FEEDBACK_STATUSES = ['open', 'accepted', 'dismissed'] as const;

export const SUGGESTION_KINDS = ['add-transition', 'remove-transition', 'set-field'] as const;

/** A proposed change. Not checked against the map: it may name what doesn't exist yet. */
export const Suggestion = z.looseObject({
  kind: z.enum(SUGGESTION_KINDS),
  from: id().optional(),
  to: id().optional(),
  transitionId: id().optional(),
  targetId: id().optional(),
  field: text().optional(),
  value: z.unknown().optional(),
});

/** The title of an occupation a record names, as it was when the record was made. */
export const TitleAtTime = z.looseObject({ id: id(), title: nonEmptyText() });

/** What an employer or reviewer said in a facilitation session. */
export const Feedback = z.looseObject({
  id: ownId(),
  targetId: id().optional().describe('An occupation or transition id; absent means the whole map.'),
  organization: nonEmptyText(),
  author: text().optional(),
  kind: z.enum(FEEDBACK_KINDS),
  text: text().optional(),
  suggestion: Suggestion.optional(),
  createdAt: isoDate(),
  status: z.enum(FEEDBACK_STATUSES),
  decidedAt: isoDate().optional(),
  titlesAtTime: z
    .array(TitleAtTime)
    .optional()
    .describe('The titles of the occupations it names, as they were when it was said: a later rename never rewrites the record.'),
});

export type Suggestion = z.infer<typeof Suggestion>;
export type Feedback = z.infer<typeof Feedback>;
export type TitleAtTime = z.infer<typeof TitleAtTime>;
