import { z } from './zod';
import { amount, ctdlKept, dollars, id, nonEmptyText, ownId, sourceIds, text } from './fields';
import { Link } from './link';
import { Position } from './occupation';
import { Requirement } from './requirement';
import { SafeUrl } from './url';

// The cards between jobs (format v2): credentials, programs, experience and milestones. Occupations
// stay their own list: routes, wages and filters are about jobs, and these are the steps between.

/** What every step card has, whatever its kind. */
const stepBase = {
  id: ownId(),
  title: nonEmptyText(),
  level: id().optional().describe('The id of one of the map\'s levels.'),
  groupId: id().optional(),
  summary: text().optional(),
  toGetIn: Requirement.optional().describe('What it takes to start this step.'),
  links: z.array(Link).optional(),
  sourceIds: sourceIds(),
  position: Position.optional(),
  componentCtid: text().optional().describe("The card's CTID as a pathway component in the Credential Registry (CTDL import and export)."),
  ctdl: ctdlKept(),
};

// The id and kind come first in a file (the kind is each schema's own).
const { id: stepId, ...stepFields } = stepBase;

export const CREDENTIAL_TYPES = ['certificate', 'certification', 'license', 'degree', 'badge'] as const;
export const PROGRAM_TYPES = ['training', 'registered-apprenticeship', 'pre-apprenticeship'] as const;
export const PROGRAM_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export const STEP_KINDS = ['credential', 'program', 'experience', 'milestone'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** A certificate, certification, license, degree or badge someone earns on the way. */
export const CredentialStep = z.looseObject({
  id: stepId,
  kind: z.literal('credential'),
  ...stepFields,
  credentialType: z.enum(CREDENTIAL_TYPES),
  issuer: text().optional(),
  url: SafeUrl.optional(),
  costUsd: dollars().optional().describe('What earning it costs (exam and fees), in US dollars.'),
  ctid: text().optional().describe("The credential's CTID in the Credential Registry, if it has one."),
});

/** A training program, registered apprenticeship or pre-apprenticeship. */
export const ProgramStep = z.looseObject({
  id: stepId,
  kind: z.literal('program'),
  ...stepFields,
  programType: z.enum(PROGRAM_TYPES),
  provider: text().optional(),
  url: SafeUrl.optional(),
  lengthMonths: amount().optional(),
  costUsd: dollars().optional(),
  format: z.enum(PROGRAM_FORMATS).optional(),
  startingWage: dollars().optional().describe('Starting wage in US dollars per hour (apprenticeships).'),
});

/** Time spent working, in hours or months. */
export const ExperienceStep = z.looseObject({
  id: stepId,
  kind: z.literal('experience'),
  ...stepFields,
  hours: amount().optional(),
  months: amount().optional(),
});

/** A point on the way worth naming (a portfolio, a first review). */
export const MilestoneStep = z.looseObject({
  id: stepId,
  kind: z.literal('milestone'),
  ...stepFields,
});

export const Step = z.discriminatedUnion('kind', [CredentialStep, ProgramStep, ExperienceStep, MilestoneStep]);

export type Step = z.infer<typeof Step>;
export type CredentialStep = z.infer<typeof CredentialStep>;
export type ProgramStep = z.infer<typeof ProgramStep>;
export type ExperienceStep = z.infer<typeof ExperienceStep>;
export type MilestoneStep = z.infer<typeof MilestoneStep>;
