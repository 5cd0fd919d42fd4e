import { z } from './zod';
import { CURRENT_SCHEMA_VERSION } from '../migrations/index';
import { Feedback } from './feedback';
import { isoDate, limitedList, nonEmptyText, ownId, text } from './fields';
import { Group } from './group';
import { HiringEvent } from './hiring-event';
import { MAX_OCCUPATIONS, MAX_TITLE_LENGTH, MAX_TRANSITIONS } from './limits';
import { Occupation } from './occupation';
import { Source } from './source';
import { Transition } from './transition';

/**
 * A pathway map, format v1 (data-model.md). Every object keeps fields it doesn't know, so nothing a
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
    groups: z.array(Group).default([]),
    occupations: limitedList(Occupation, MAX_OCCUPATIONS, 'occupations').default([]),
    transitions: limitedList(Transition, MAX_TRANSITIONS, 'transitions').default([]),
    hiringEvents: z.array(HiringEvent).default([]),
    feedback: z.array(Feedback).default([]),
    sources: z.array(Source).default([]),
  })
  .describe(
    'Ids are unique across occupations and transitions, and within groups, hiringEvents, feedback and sources. ' +
      'Every reference (groupId, from, to) names something on the map.',
  );

export type PathwayMap = z.infer<typeof PathwayMap>;

export { OCCUPATION_LEVELS, EDUCATION_LEVELS } from './occupation';
export type { Occupation, OccupationLevel, EducationLevel, Position } from './occupation';
export type { Transition, TransitionKind } from './transition';
export type { Group } from './group';
export type { Wage } from './wage';
export type { Credential } from './credential';
export type { Apprenticeship, ApprenticeshipProgram } from './apprenticeship';
export type { TrainingProgram } from './training';
export type { LaborMarket } from './labor';
export type { Link } from './link';
export type { HiringEvent } from './hiring-event';
export type { Feedback, Suggestion, TitleAtTime } from './feedback';
export type { Source } from './source';
