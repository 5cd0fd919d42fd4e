import { z } from './zod';
import { amount, dollars, id, ownId, sourceIds, text } from './fields';
import { RequirementGroup } from './requirement';

/** advancement = up the ladder; lateral = a move across; entry = a way in. */
export const TRANSITION_KINDS = ['advancement', 'lateral', 'entry'] as const;
export const TransitionKind = z.enum(TRANSITION_KINDS);
export type TransitionKind = z.infer<typeof TransitionKind>;

/** A move from one card to another. Ends, self-loops and repeats are checked in checks/transitions.ts. */
export const Transition = z
  .looseObject({
    id: ownId(),
    from: id(),
    to: id(),
    kind: TransitionKind.optional(),
    requirements: RequirementGroup.optional().describe('What the move takes: a group of "all" or "any N of" requirements.'),
    typicalMonths: amount().optional(),
    costUsd: dollars().optional(),
    viaApprenticeship: z.boolean().optional(),
    notes: text().optional(),
    sourceIds: sourceIds(),
  })
  .describe('from and to name occupations on the map; from ≠ to; at most one transition per ordered pair.');

export type Transition = z.infer<typeof Transition>;
