import type { LayoutMap } from './layout-map';
import { CARD_MIN_HEIGHT, CARD_WIDTH } from './card-geometry';

export type Point = { x: number; y: number };

const COLUMN_GAP = 120;
const ROW_GAP = 32;
const LANE_GAP = 64;

/**
 * A quick, deterministic placement used until a map has been auto-laid out: one column per
 * level (in the map's order of levels, left to right), one horizontal band per group (in the map's
 * group order), cards stacked within a band. Saved positions always win.
 */
export function ladderPositions(map: LayoutMap): Map<string, Point> {
  const positions = new Map<string, Point>();
  // Every card placed (the usual case, on every change in the editor): nothing to work out.
  if (map.cards.every((card) => card.position)) {
    for (const { id, position } of map.cards) if (position) positions.set(id, { x: position.x, y: position.y });
    return positions;
  }
  const laneOrder = new Map<string, number>(map.groups.map((group, index) => [group.id, index]));
  const laneOf = (groupId: string | undefined) =>
    groupId !== undefined && laneOrder.has(groupId) ? (laneOrder.get(groupId) ?? 0) : map.groups.length;

  // cells[lane][column] = card ids, in map order; a card without a level (or naming none of the map's) starts at the first.
  const cells = new Map<number, Map<number, string[]>>();
  for (const card of map.cards) {
    const lane = laneOf(card.groupId);
    const column = Math.max(0, card.level === undefined ? 0 : map.levels.indexOf(card.level));
    const row = cells.get(lane) ?? new Map<number, string[]>();
    const ids = row.get(column) ?? [];
    ids.push(card.id);
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

  for (const card of map.cards) {
    if (card.position) positions.set(card.id, { x: card.position.x, y: card.position.y });
  }
  return positions;
}
