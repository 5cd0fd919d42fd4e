import type { LayoutMap } from './layout-map';
import { OCCUPATION_LEVELS } from '../domain/schema/map';
import { CARD_MIN_HEIGHT, CARD_WIDTH } from './card-geometry';

export type Point = { x: number; y: number };

const COLUMN_GAP = 120;
const ROW_GAP = 32;
const LANE_GAP = 64;

/**
 * A quick, deterministic placement used until a map has been auto-laid out: one column per
 * career level (entry → advanced, left to right), one horizontal band per group (in the map's
 * group order), cards stacked within a band. Saved positions always win.
 */
export function ladderPositions(map: LayoutMap): Map<string, Point> {
  const positions = new Map<string, Point>();
  // Every card placed (the usual case, on every change in the editor): nothing to work out.
  if (map.occupations.every((occupation) => occupation.position)) {
    for (const { id, position } of map.occupations) if (position) positions.set(id, { x: position.x, y: position.y });
    return positions;
  }
  const laneOrder = new Map<string, number>(map.groups.map((group, index) => [group.id, index]));
  const laneOf = (groupId: string | undefined) =>
    groupId !== undefined && laneOrder.has(groupId) ? (laneOrder.get(groupId) ?? 0) : map.groups.length;

  // cells[lane][column] = occupation ids, in map order
  const cells = new Map<number, Map<number, string[]>>();
  for (const occupation of map.occupations) {
    const lane = laneOf(occupation.groupId);
    const column = Math.max(0, OCCUPATION_LEVELS.indexOf(occupation.level ?? 'entry'));
    const row = cells.get(lane) ?? new Map<number, string[]>();
    const ids = row.get(column) ?? [];
    ids.push(occupation.id);
    row.set(column, ids);
    cells.set(lane, row);
  }

  let laneTop = 0;
  for (const lane of [...cells.keys()].sort((a, b) => a - b)) {
    const columns = cells.get(lane) ?? new Map<number, string[]>();
    let tallest = 0;
    for (const [column, ids] of columns) {
      ids.forEach((id, index) => {
        positions.set(id, {
          x: column * (CARD_WIDTH + COLUMN_GAP),
          y: laneTop + index * (CARD_MIN_HEIGHT + ROW_GAP),
        });
      });
      tallest = Math.max(tallest, ids.length);
    }
    laneTop += tallest * (CARD_MIN_HEIGHT + ROW_GAP) + LANE_GAP;
  }

  for (const occupation of map.occupations) {
    if (occupation.position) positions.set(occupation.id, { x: occupation.position.x, y: occupation.position.y });
  }
  return positions;
}
