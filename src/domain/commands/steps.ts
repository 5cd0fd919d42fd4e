import type { Draft } from 'immer';
import { slugify, uniqueId } from '../ids';
import type { PathwayMap, Position, Step, StepKind } from '../schema/map';
import { elementIds } from './element-ids';
import { PLACEHOLDER_STEP_TITLES } from './readable-ids';
import { setFields } from './set-fields';

/** What a new step of each kind starts with beyond its title (the fields its kind requires). */
function startingStep(kind: StepKind, id: string, title: string): Step {
  switch (kind) {
    case 'credential':
      return { id, kind, title, credentialType: 'certificate' };
    case 'program':
      return { id, kind, title, programType: 'training' };
    case 'experience':
    case 'milestone':
      return { id, kind, title };
  }
}

/**
 * Adds a step card (credential, program, experience or milestone) with a readable, unused id, where
 * it is told; returns that id. Without a title it is "New credential" (and so on), whose id is
 * replaced by one from its real title when the map first leaves the app (readable-ids.ts).
 */
export function addStep(
  draft: Draft<PathwayMap>,
  kind: StepKind,
  fields: { title?: string; position?: Position; groupId?: string; level?: string } = {},
): string {
  const title = fields.title ?? PLACEHOLDER_STEP_TITLES[kind];
  const id = uniqueId(slugify(title) || kind, elementIds(draft));
  const step = startingStep(kind, id, title);
  if (fields.level) step.level = fields.level;
  if (fields.groupId) step.groupId = fields.groupId;
  if (fields.position) step.position = { x: fields.position.x, y: fields.position.y };
  draft.steps.push(step);
  return id;
}

/** Sets top-level fields of one step (undefined clears an optional field); its id and kind stay. */
export function updateStep(draft: Draft<PathwayMap>, id: string, patch: Partial<Step>): void {
  const step = draft.steps.find((item) => item.id === id);
  if (!step) return;
  const { id: _id, kind: _kind, ...fields } = patch as Record<string, unknown>;
  setFields(step as Record<string, unknown>, fields);
}

/** Saves step positions after a drag or a layout (occupations have moveOccupations). */
export function moveSteps(draft: Draft<PathwayMap>, positions: ReadonlyMap<string, Position>): void {
  for (const step of draft.steps) {
    const position = positions.get(step.id);
    if (position) step.position = { x: position.x, y: position.y };
  }
}
