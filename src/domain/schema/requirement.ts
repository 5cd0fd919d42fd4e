import { z } from './zod';
import { amount, id, sourceIds, text } from './fields';
import { EducationLevel } from './occupation';

/** What one requirement asks for. `other` is free text (every v1 requirement becomes one). */
export const REQUIREMENT_TYPES = ['credential', 'program', 'exam', 'license', 'experience', 'education', 'other'] as const;
export type RequirementType = (typeof REQUIREMENT_TYPES)[number];

/**
 * One thing a move (or a card's way in) asks for. `cardId` points at a card on the map that
 * provides it (a credential, a program, an experience step); `text` says it in words when no card
 * does.
 */
export const RequirementItem = z.looseObject({
  type: z.enum(REQUIREMENT_TYPES),
  text: text().optional(),
  cardId: id().optional(),
  hours: amount().optional().describe('Hours of experience or training asked for.'),
  months: amount().optional().describe('Months of experience or training asked for.'),
  education: EducationLevel.optional(),
  sourceIds: sourceIds(),
});
export type RequirementItem = z.infer<typeof RequirementItem>;

/** "All of" these. */
export type AllOf = { type: 'all'; of: Requirement[]; [unknown: string]: unknown };
/** "Any `count` of" these (1 when left out). */
export type AnyOf = { type: 'any'; count?: number; of: Requirement[]; [unknown: string]: unknown };
export type RequirementGroup = AllOf | AnyOf;
export type Requirement = RequirementItem | RequirementGroup;

// Recursive (a group holds items and groups): the getters let zod refer to `Requirement` below.
// Every node has a `type`, so zod picks the branch by it and a mistake is reported where it is.
export const AllOf: z.ZodType<AllOf> = z.looseObject({
  type: z.literal('all'),
  get of() {
    return z.array(Requirement);
  },
});
export const AnyOf: z.ZodType<AnyOf> = z.looseObject({
  type: z.literal('any'),
  count: z.number().int().min(1).optional().describe('How many of the items are needed; 1 when left out.'),
  get of() {
    return z.array(Requirement);
  },
});
export const Requirement: z.ZodType<Requirement> = z
  .discriminatedUnion('type', [RequirementItem, AllOf as never, AnyOf as never])
  .describe('A requirement: one item, or a group of "all" or "any count of" requirements.');
export const RequirementGroup: z.ZodType<RequirementGroup> = z.discriminatedUnion('type', [AllOf as never, AnyOf as never]);

export const isGroup = (requirement: Requirement): requirement is RequirementGroup =>
  requirement.type === 'all' || requirement.type === 'any';

/** How many of a group's items are needed. */
export const needed = (group: RequirementGroup): number => (group.type === 'any' ? (group.count ?? 1) : group.of.length);
