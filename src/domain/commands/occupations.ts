import { slugify, uniqueId } from '../ids';
import type { Occupation, PathwayMap, Position } from '../schema/map';
import { elementIds } from './element-ids';
import { withoutUndefined } from './without-undefined';

/**
 * Adds a new occupation with a readable, unused id, at the position given (the editor finds a free
 * spot first, from the sizes the canvas measured: layout/free-spot.ts); returns the map and that id.
 */
export function addOccupation(
  map: PathwayMap,
  fields: { title: string; position?: Position; groupId?: string; level?: Occupation['level'] },
): { map: PathwayMap; id: string } {
  const id = uniqueId(slugify(fields.title) || 'occupation', elementIds(map));
  const occupation: Occupation = { id, title: fields.title };
  if (fields.level) occupation.level = fields.level;
  if (fields.groupId) occupation.groupId = fields.groupId;
  if (fields.position) occupation.position = { x: fields.position.x, y: fields.position.y };
  return { map: { ...map, occupations: [...map.occupations, occupation] }, id };
}

/**
 * Replaces top-level fields of one occupation (undefined clears an optional field).
 * The id is never changed here: references depend on it.
 */
export function updateOccupation(map: PathwayMap, id: string, patch: Partial<Occupation>): PathwayMap {
  return {
    ...map,
    occupations: map.occupations.map((occupation) =>
      occupation.id === id ? withoutUndefined({ ...occupation, ...patch, id }) : occupation,
    ),
  };
}

/** Saves positions after a drag or a layout: one change for any number of cards. */
export function moveOccupations(map: PathwayMap, positions: ReadonlyMap<string, Position>): PathwayMap {
  return {
    ...map,
    occupations: map.occupations.map((occupation) => {
      const position = positions.get(occupation.id);
      return position ? { ...occupation, position: { x: position.x, y: position.y } } : occupation;
    }),
  };
}
