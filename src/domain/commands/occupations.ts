import { slugify, uniqueId } from '../ids';
import type { Occupation, PathwayMap, Position } from '../schema/map';
import { elementIds } from './element-ids';
import { withoutUndefined } from './without-undefined';

/** Adds a new occupation with a readable, unused id; returns the map and that id. */
export function addOccupation(
  map: PathwayMap,
  fields: { title: string; position?: Position; groupId?: string; level?: Occupation['level'] },
): { map: PathwayMap; id: string } {
  const id = uniqueId(slugify(fields.title) || 'occupation', elementIds(map));
  const occupation: Occupation = { id, title: fields.title };
  if (fields.level) occupation.level = fields.level;
  if (fields.groupId) occupation.groupId = fields.groupId;
  if (fields.position) occupation.position = freeSpot(map, fields.position);
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

// Room a card takes on the canvas (cards are about 240 × 120), so a new one never hides another.
const FOOTPRINT = { width: 260, height: 150 };

// Where to look around the wanted spot, nearest first: below, above, right, left, then diagonals.
const DIRECTIONS = [[0, 1], [0, -1], [1, 0], [-1, 0], [1, 1], [-1, 1], [1, -1], [-1, -1]] as const;

/** The wanted spot or, when a saved card overlaps it, the nearest free spot around it. */
function freeSpot(map: PathwayMap, wanted: Position): Position {
  const taken = map.occupations.flatMap((occupation) => (occupation.position ? [occupation.position] : []));
  const isFree = (spot: Position) =>
    !taken.some((other) => Math.abs(other.x - spot.x) < FOOTPRINT.width && Math.abs(other.y - spot.y) < FOOTPRINT.height);
  const origin = { x: Math.round(wanted.x), y: Math.round(wanted.y) };
  if (isFree(origin)) return origin;
  for (let ring = 1; ring <= 50; ring++) {
    for (const [dx, dy] of DIRECTIONS) {
      const spot = { x: origin.x + dx * ring * FOOTPRINT.width, y: origin.y + dy * ring * FOOTPRINT.height };
      if (isFree(spot)) return spot;
    }
  }
  return origin;
}
