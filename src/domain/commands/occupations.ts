import type { Draft } from 'immer';
import { slugify, uniqueId } from '../ids';
import type { Occupation, PathwayMap, Position } from '../schema/map';
import { elementIds } from './element-ids';
import { setFields } from './set-fields';

/**
 * Adds a new occupation with a readable, unused id, at the position given (the editor finds a free
 * spot first, from the sizes the canvas measured: layout/free-spot.ts); returns that id.
 */
export function addOccupation(
  draft: Draft<PathwayMap>,
  fields: { title: string; position?: Position; groupId?: string; level?: Occupation['level'] },
): string {
  const id = uniqueId(slugify(fields.title) || 'occupation', elementIds(draft));
  const occupation: Occupation = { id, title: fields.title };
  if (fields.level) occupation.level = fields.level;
  if (fields.groupId) occupation.groupId = fields.groupId;
  if (fields.position) occupation.position = { x: fields.position.x, y: fields.position.y };
  draft.occupations.push(occupation);
  return id;
}

/**
 * Sets top-level fields of one occupation (undefined clears an optional field).
 * The id is never changed here: references depend on it.
 */
export function updateOccupation(draft: Draft<PathwayMap>, id: string, patch: Partial<Occupation>): void {
  const occupation = draft.occupations.find((item) => item.id === id);
  if (!occupation) return;
  const { id: _id, ...fields } = patch;
  setFields(occupation, fields);
}

/**
 * Saves positions after a drag or a layout, for occupations and step cards alike: one change for any
 * number of cards ("Auto layout" is a step even where no card moves, as before).
 */
export function moveOccupations(draft: Draft<PathwayMap>, positions: ReadonlyMap<string, Position>): void {
  for (const card of [...draft.occupations, ...draft.steps]) {
    const position = positions.get(card.id);
    if (position) card.position = { x: position.x, y: position.y };
  }
}
