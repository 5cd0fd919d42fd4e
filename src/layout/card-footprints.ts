import type { Rect } from './edge-route';
import type { Size } from './free-spot';
import type { LayoutMap } from './layout-map';
import { CARD_HEIGHT, CARD_WIDTH, ladderPositions } from './ladder-positions';

/** A card's size before the canvas has measured it: what a new, empty card measures. */
export const DEFAULT_CARD_SIZE: Size = { width: CARD_WIDTH, height: CARD_HEIGHT };

/**
 * The box each card takes on the canvas: where it stands (saved, else the ladder's place) and how big
 * it was drawn (`measured`, by card id), never smaller than a new card.
 */
export function cardFootprints(map: LayoutMap, measured: ReadonlyMap<string, Size>): Rect[] {
  const positions = ladderPositions(map);
  return map.occupations.flatMap(({ id }) => {
    const place = positions.get(id);
    if (!place) return [];
    const size = measured.get(id);
    return [
      {
        x: place.x,
        y: place.y,
        width: Math.max(size?.width ?? 0, DEFAULT_CARD_SIZE.width),
        height: Math.max(size?.height ?? 0, DEFAULT_CARD_SIZE.height),
      },
    ];
  });
}
