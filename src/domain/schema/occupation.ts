import { z } from './zod';
import { describeValue, formatNumber } from '../describe';
import { Apprenticeship } from './apprenticeship';
import { Credential } from './credential';
import { ctdlKept, id, nonEmptyText, ownId, text, textList } from './fields';
import { LaborMarket } from './labor';
import { MAX_COORDINATE } from './limits';
import { Link } from './link';
import { TrainingProgram } from './training';
import { EarlierWage, MAX_WAGE_HISTORY, Wage } from './wage';

/** Rungs of the ladder, in display order (they drive layout columns). */
export const OCCUPATION_LEVELS = ['entry', 'middle', 'advanced'] as const;
export const OccupationLevel = z.enum(OCCUPATION_LEVELS);
export type OccupationLevel = z.infer<typeof OccupationLevel>;

/** Typical entry education, BLS categories, lowest first. */
export const EDUCATION_LEVELS = [
  'none',
  'high-school',
  'postsecondary-nondegree',
  'some-college',
  'associate',
  'bachelor',
  'master',
  'doctoral',
] as const;
export const EducationLevel = z.enum(EDUCATION_LEVELS);
export type EducationLevel = z.infer<typeof EducationLevel>;

/**
 * Why O*NET Bright Outlook flags an occupation. "Numerous openings" alone says nothing about growth,
 * so the filter and the badge keep them apart.
 */
export const BRIGHT_OUTLOOK_BASES = ['rapid-growth', 'numerous-openings', 'new-and-emerging'] as const;
export type BrightOutlookBasis = (typeof BRIGHT_OUTLOOK_BASES)[number];

/** As regional blueprints use the words. */
export const DESIGNATIONS = ['priority', 'critical'] as const;

/** O*NET-SOC: 29-1141 or 29-1141.01. */
export const SOC_CODE_PATTERN = /^\d{2}-\d{4}(?:\.\d{2})?$/;

const SocCode = z.string().regex(SOC_CODE_PATTERN, {
  error: (iss) => `must be an O*NET-SOC code like 29-1141 or 29-1141.01, not ${describeValue(iss.input)}`,
});

const offCanvas = {
  error: (iss: { input?: unknown }) =>
    `must be between ${formatNumber(-MAX_COORDINATE)} and ${formatNumber(MAX_COORDINATE)}, not ${describeValue(iss.input)}`,
};
const coordinate = z.number().min(-MAX_COORDINATE, offCanvas).max(MAX_COORDINATE, offCanvas);

/** A saved manual position; absent means laid out automatically. */
export const Position = z.looseObject({ x: coordinate, y: coordinate });

/** A card on the map. */
export const Occupation = z.looseObject({
  id: ownId(),
  title: nonEmptyText(),
  socCode: SocCode.optional(),
  groupId: id().optional(),
  level: id().optional().describe("The id of one of the map's levels."),
  summary: text().optional(),
  wage: Wage.optional(),
  wageHistory: z
    .array(EarlierWage)
    .max(MAX_WAGE_HISTORY)
    .optional()
    .describe('Wages the card had before "Update wages from a sheet" replaced them, oldest first, each with the day it was replaced.'),
  education: EducationLevel.optional(),
  educationNotVerified: z
    .boolean()
    .optional()
    .describe('true when the entry education could not be checked against its source; shown as "(not verified)".'),
  experience: text().optional(),
  credentials: z.array(Credential).optional(),
  apprenticeship: Apprenticeship.optional(),
  training: z.array(TrainingProgram).optional(),
  labor: LaborMarket.optional(),
  skills: textList().optional(),
  designation: z.enum(DESIGNATIONS).optional(),
  highGrowth: z.boolean().optional().describe('Flagged by O*NET Bright Outlook (or a like list); why is in highGrowthBasis.'),
  highGrowthBasis: z
    .array(z.enum(BRIGHT_OUTLOOK_BASES))
    .optional()
    .describe('Why the occupation is flagged: rapid growth, numerous openings, new and emerging (any of them). Absent: not stated.'),
  highGrowthSourceId: id().optional().describe('The source of the highGrowth flag and its basis.'),
  links: z.array(Link).optional(),
  position: Position.optional(),
  componentCtid: text().optional().describe("The card's CTID as a pathway component in the Credential Registry (CTDL import and export)."),
  ctdl: ctdlKept(),
});

export type Occupation = z.infer<typeof Occupation>;
export type Position = z.infer<typeof Position>;
