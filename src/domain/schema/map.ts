import { z } from './zod';
import { CURRENT_SCHEMA_VERSION } from '../migrations/index';
import { Feedback } from './feedback';
import { ctdlKept, id, isoDate, limitedList, nonEmptyText, ownId, text } from './fields';
import { Group } from './group';
import { DEFAULT_LEVELS, Level, MAX_LEVELS } from './level';
import { Step } from './step';
import { HiringEvent } from './hiring-event';
import { MAX_OCCUPATIONS, MAX_TITLE_LENGTH, MAX_TRANSITIONS } from './limits';
import { Occupation } from './occupation';
import { Release, StaleAfterMonths } from './release';
import { Source } from './source';
import { Transition } from './transition';

/**
 * A pathway map, format v2 (data-model.md). Every object keeps fields it doesn't know, so nothing a
 * newer tool wrote is lost. Key order here is the order files are written in: the header first, then
 * the lists.
 */
export const PathwayMap = z
  .looseObject({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: ownId(),
    title: nonEmptyText(MAX_TITLE_LENGTH),
    description: text().optional(),
    region: text().optional(),
    sector: text().optional(),
    wageBasis: text().optional().describe('What the wage ranges on this map mean, e.g. "25th–75th percentile, OEWS May 2024".'),
    createdAt: isoDate().optional(),
    updatedAt: isoDate().optional(),
    reviewedAt: isoDate().optional().describe('Date of the last employer validation.'),
    releases: z
      .array(Release)
      .optional()
      .describe("The map's validated releases, in the order recorded; recording one later than reviewedAt moves reviewedAt to its date."),
    staleAfterMonths: StaleAfterMonths.optional(),
    levels: z
      .array(Level)
      .min(1)
      .max(MAX_LEVELS)
      .default(() => DEFAULT_LEVELS.map((level) => ({ ...level })))
      .describe("The map's own progression levels, in order (columns, filters, outline and CSV follow it)."),
    groups: z.array(Group).default([]),
    occupations: limitedList(Occupation, MAX_OCCUPATIONS, 'occupations').default([]),
    steps: limitedList(Step, MAX_OCCUPATIONS, 'steps')
      .default([])
      .describe('The cards between jobs: credentials, programs, experience and milestones.'),
    transitions: limitedList(Transition, MAX_TRANSITIONS, 'transitions').default([]),
    hiringEvents: z.array(HiringEvent).default([]),
    feedback: z.array(Feedback).default([]),
    sources: z.array(Source).default([]),
    goalId: id().optional().describe("The card the route finder aims at unless the reader picks another (a CTDL pathway's destination)."),
    pathwayCtid: text().optional().describe("The map's CTID as a Pathway in the Credential Registry (CTDL import and export)."),
    ctdl: ctdlKept(),
  })
  .describe(
    'Ids are unique across occupations, steps and transitions, and within levels, and within groups, hiringEvents, feedback, sources and releases. ' +
      'Every reference (level, groupId, from, to, cardId) names something on the map.',
  );

export type PathwayMap = z.infer<typeof PathwayMap>;

export { OCCUPATION_LEVELS, EDUCATION_LEVELS, BRIGHT_OUTLOOK_BASES } from './occupation';
export type { Occupation, OccupationLevel, EducationLevel, Position, BrightOutlookBasis } from './occupation';
export type { Transition, TransitionKind } from './transition';
export type { Step, StepKind, CredentialStep, ProgramStep, ExperienceStep, MilestoneStep } from './step';
export type { Level } from './level';
export type { Requirement, RequirementGroup, RequirementItem } from './requirement';
export type { Group } from './group';
export type { EarlierWage, Wage } from './wage';
export type { Credential } from './credential';
export type { Apprenticeship, ApprenticeshipProgram } from './apprenticeship';
export type { TrainingProgram } from './training';
export type { LaborMarket, Period } from './labor';
export type { Link } from './link';
export type { HiringEvent } from './hiring-event';
export type { Feedback, Suggestion, TitleAtTime } from './feedback';
export type { Source } from './source';
export type { Release } from './release';
