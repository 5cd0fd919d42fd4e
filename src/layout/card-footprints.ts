import type { Rect } from './edge-route';
import type { Size } from './free-spot';
import type { LayoutMap } from './layout-map';
import { NEW_CARD_SIZE } from './card-geometry';
import { ladderPositions } from './ladder-positions';

/**
 * The box each card takes on the canvas: where it stands (saved, else the ladder's place) and how big
 * it was drawn (`measured`, by card id), never smaller than a new card (NEW_CARD_SIZE).
 */
export function cardFootprints(map: LayoutMap, measured: ReadonlyMap<string, Size>): Rect[] {
  const positions = ladderPositions(map);
  return map.cards.flatMap(({ id }) => {
    const place = positions.get(id);
    if (!place) return [];
    const size = measured.get(id);
    return [
      {
        x: place.x,
        y: place.y,
        width: Math.max(size?.width ?? 0, NEW_CARD_SIZE.width),
        height: Math.max(size?.height ?? 0, NEW_CARD_SIZE.height),
      },
    ];
  });
}
