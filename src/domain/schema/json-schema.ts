import { z } from './zod';
import { ApprenticeshipProgram, Apprenticeship } from './apprenticeship';
import { Credential } from './credential';
import { Feedback, Suggestion } from './feedback';
import { IsoDate } from './fields';
import { Group } from './group';
import { CURRENT_SCHEMA_VERSION } from '../migrations/index';
import { Level } from './level';
import { AllOf, AnyOf, Requirement, RequirementItem } from './requirement';
import { CredentialStep, ExperienceStep, MilestoneStep, ProgramStep } from './step';
import { HiringEvent } from './hiring-event';
import { LaborMarket } from './labor';
import { Link } from './link';
import { PathwayMap } from './map';
import { Occupation, Position } from './occupation';
import { Source } from './source';
import { TrainingProgram } from './training';
import { Transition } from './transition';
import { SafeUrl } from './url';
import { EarlierWage, Wage } from './wage';

/** The published schema's id; v1's file (public/schema/pathway-map.v1.json) stays published as it was. */
export const MAP_JSON_SCHEMA_ID = `urn:pathway-studio:schema:pathway-map:v${CURRENT_SCHEMA_VERSION}`;

/** Where `npm run schema:generate` writes the current version's schema, under public/. */
export const MAP_JSON_SCHEMA_FILE = `schema/pathway-map.v${CURRENT_SCHEMA_VERSION}.json`;

// Named here, not with .meta({ id }) in the schema files, so ids never sit in zod's global registry
// (where a re-run module, as in hot reload, would register them twice).
const DEFINITIONS: ReadonlyArray<[z.ZodType, string]> = [
  [Level, 'Level'],
  [Group, 'Group'],
  [Occupation, 'Occupation'],
  [Position, 'Position'],
  [Wage, 'Wage'],
  [EarlierWage, 'EarlierWage'],
  [Credential, 'Credential'],
  [Apprenticeship, 'Apprenticeship'],
  [ApprenticeshipProgram, 'ApprenticeshipProgram'],
  [TrainingProgram, 'TrainingProgram'],
  [LaborMarket, 'LaborMarket'],
  [Link, 'Link'],
  [CredentialStep, 'CredentialStep'],
  [ProgramStep, 'ProgramStep'],
  [ExperienceStep, 'ExperienceStep'],
  [MilestoneStep, 'MilestoneStep'],
  [Requirement, 'Requirement'],
  [RequirementItem, 'RequirementItem'],
  [AllOf, 'AllOf'],
  [AnyOf, 'AnyOf'],
  [Transition, 'Transition'],
  [HiringEvent, 'HiringEvent'],
  [Feedback, 'Feedback'],
  [Suggestion, 'Suggestion'],
  [Source, 'Source'],
  [SafeUrl, 'Url'],
  [IsoDate, 'Date'],
];

/** The global registry's descriptions, plus a definition name for each schema above. */
class NamedRegistry extends z.core.$ZodRegistry<z.core.GlobalMeta> {
  private readonly names = new Map<z.core.$ZodType, string>(DEFINITIONS);
  override get(schema: z.core.$ZodType): z.core.GlobalMeta | undefined {
    const meta = z.globalRegistry.get(schema);
    const id = this.names.get(schema);
    return id === undefined ? meta : { ...meta, id };
  }
}

/**
 * The published JSON Schema of the current map format (v2; v1's stays published beside it), generated from the zod schema so the two can't
 * disagree. Describes files as written (io: 'input'): lists that default to [] may be left out.
 * Checks JSON Schema can't express (safe URLs, wage order, unique ids, references) are in descriptions.
 */
export function buildMapJsonSchema(): string {
  const generated = z.toJSONSchema(PathwayMap, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    metadata: new NamedRegistry(),
  });
  const { $schema, ...body } = generated;
  const schema = { $schema, $id: MAP_JSON_SCHEMA_ID, title: `Pathway Studio map, format version ${CURRENT_SCHEMA_VERSION}`, ...body };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
