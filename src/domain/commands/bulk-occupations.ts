import type { Draft } from 'immer';
import { BRIGHT_OUTLOOK_OFF } from '../bright-outlook';
import type { Apprenticeship, Occupation, PathwayMap } from '../schema/map';
import type { DESIGNATIONS } from '../schema/occupation';
import { setFields } from './set-fields';

/** What can be set on several occupations at once: where they sit (group, level) and their flags. */
export type BulkEdit =
  | { field: 'groupId'; value: string | undefined }
  | { field: 'level'; value: string | undefined }
  | { field: 'designation'; value: (typeof DESIGNATIONS)[number] | undefined }
  | { field: 'highGrowth'; value: boolean }
  | { field: 'registeredApprenticeship'; value: boolean }
  | { field: 'preApprenticeship'; value: boolean };

export type BulkField = BulkEdit['field'];

/** One value when every occupation has it, else mixed. */
export type Shared<T> = { mixed: false; value: T } | { mixed: true };

export type BulkValues = { [F in BulkField]: Shared<Extract<BulkEdit, { field: F }>['value']> };

/** How each bulk field reads on one occupation (an absent flag reads as off). */
function read(occupation: Occupation): { [F in BulkField]: Extract<BulkEdit, { field: F }>['value'] } {
  return {
    groupId: occupation.groupId,
    level: occupation.level,
    designation: occupation.designation,
    highGrowth: occupation.highGrowth === true,
    registeredApprenticeship: occupation.apprenticeship?.registered === true,
    preApprenticeship: occupation.apprenticeship?.preApprenticeship === true,
  };
}

const FIELDS: readonly BulkField[] = ['groupId', 'level', 'designation', 'highGrowth', 'registeredApprenticeship', 'preApprenticeship'];

/** The value each bulk field has on all the named occupations, or mixed where they differ. */
export function sharedValues(map: PathwayMap, ids: readonly string[]): BulkValues {
  const wanted = new Set(ids);
  const readings = map.occupations.filter((occupation) => wanted.has(occupation.id)).map(read);
  const shared = (field: BulkField) => {
    const values = new Set(readings.map((reading) => reading[field]));
    return values.size > 1 ? { mixed: true as const } : { mixed: false as const, value: readings[0]?.[field] };
  };
  return Object.fromEntries(FIELDS.map((field) => [field, shared(field)])) as BulkValues;
}

/**
 * Sets one field on every named occupation: one change, so one undo step. Occupations that already
 * have the value are left as they are; a group or level that is not on the map is refused (nothing changes).
 * Flags are written as the single-card form writes them: an unticked flag is left out, and an
 * apprenticeship left with nothing ticked and nothing else in it goes.
 */
export function editOccupations(draft: Draft<PathwayMap>, ids: readonly string[], edit: BulkEdit): void {
  if (edit.field === 'groupId' && edit.value !== undefined && !draft.groups.some((group) => group.id === edit.value)) return;
  if (edit.field === 'level' && edit.value !== undefined && !draft.levels.some((level) => level.id === edit.value)) return;
  const wanted = new Set(ids);
  for (const occupation of draft.occupations) {
    if (wanted.has(occupation.id) && read(occupation)[edit.field] !== edit.value) applyEdit(occupation, edit);
  }
}

function applyEdit(occupation: Draft<Occupation>, edit: BulkEdit): void {
  switch (edit.field) {
    case 'groupId':
    case 'level':
    case 'designation':
      return setFields(occupation, { [edit.field]: edit.value });
    case 'highGrowth':
      return setFields(occupation, edit.value ? { highGrowth: true } : BRIGHT_OUTLOOK_OFF);
    case 'registeredApprenticeship':
      return setFields(occupation, { apprenticeship: tidy({ ...occupation.apprenticeship, registered: edit.value }) });
    case 'preApprenticeship': {
      const { preApprenticeship: _dropped, ...rest } = occupation.apprenticeship ?? { registered: false };
      return setFields(occupation, { apprenticeship: tidy(edit.value ? { ...rest, preApprenticeship: true } : rest) });
    }
  }
}

/** An apprenticeship that says nothing (not registered, and nothing else in it) is left out. */
function tidy(apprenticeship: Apprenticeship): Apprenticeship | undefined {
  const saysSomething = apprenticeship.registered || Object.keys(apprenticeship).some((key) => key !== 'registered');
  return saysSomething ? apprenticeship : undefined;
}
