import type { Draft } from 'immer';
import { slugify, uniqueId } from '../ids';
import type { PathwayMap, Position, Step, StepKind } from '../schema/map';
import { elementIds } from './element-ids';
import { setFields } from './set-fields';

/** The title a new step of each kind starts with (the user renames it in the inspector). */
export const NEW_STEP_TITLES: Readonly<Record<StepKind, string>> = {
  credential: 'New credential',
  program: 'New program',
  experience: 'New experience',
  milestone: 'New milestone',
};

/** A new step of a kind with only what the format asks of it: the sub-type defaults to the most general one. */
function newStep(kind: StepKind, id: string, title: string): Step {
  switch (kind) {
    case 'credential':
      return { id, kind, title, credentialType: 'certificate' };
    case 'program':
      return { id, kind, title, programType: 'training' };
    case 'experience':
      return { id, kind, title };
    case 'milestone':
      return { id, kind, title };
  }
}

/**
 * Adds a step card of one kind with a readable, unused id (ids are shared by every card and move),
 * exactly where it is told (the editor finds a free spot first, as for occupations); returns its id.
 */
export function addStep(
  draft: Draft<PathwayMap>,
  fields: { kind: StepKind; title?: string; position?: Position; groupId?: string; level?: string },
): string {
  const title = fields.title ?? NEW_STEP_TITLES[fields.kind];
  // Steps' ids too, whether or not elementIds knows them yet: a new card never takes another's id.
  const taken = new Set([...elementIds(draft), ...draft.steps.map((step) => step.id)]);
  const step = newStep(fields.kind, uniqueId(slugify(title) || fields.kind, taken), title);
  if (fields.level !== undefined) step.level = fields.level;
  if (fields.groupId !== undefined) step.groupId = fields.groupId;
  if (fields.position) step.position = { x: fields.position.x, y: fields.position.y };
  draft.steps.push(step);
  return step.id;
}

/** What the inspector may change on a step: any field but its id and kind (a kind has its own fields). */
export type StepPatch = { [key: string]: unknown } & { id?: never; kind?: never };

/**
 * Sets top-level fields of one step (undefined clears an optional field). The id is never changed
 * here (moves and requirements name it), nor the kind.
 */
export function updateStep(draft: Draft<PathwayMap>, id: string, patch: StepPatch): void {
  const step = draft.steps.find((item) => item.id === id);
  if (!step) return;
  const { id: _id, kind: _kind, ...fields } = patch;
  setFields(step, fields);
}

/** Saves step positions after a drag or a layout (occupations have moveOccupations). */
export function moveSteps(draft: Draft<PathwayMap>, positions: ReadonlyMap<string, Position>): void {
  for (const step of draft.steps) {
    const position = positions.get(step.id);
    if (position) step.position = { x: position.x, y: position.y };
  }
}
