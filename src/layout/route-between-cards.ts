import type { CardBoxes } from './card-boxes';
import { routeAround, type ArrowRoute, type Point, type RouteDirection } from './edge-route';

/** Room either side of an arrow's ends in which cards can matter (its stubs and turns). */
const REACH = 64;

/**
 * The route of the arrow from one card to another, looking only at the cards near its run (see
 * CardBoxes); undefined when either card's box is not known yet (not measured).
 */
export function routeBetweenCards(
  boxes: CardBoxes,
  sourceId: string,
  targetId: string,
  direction: RouteDirection = 'horizontal',
  ends?: { from: Point; to: Point },
): ArrowRoute | undefined {
  const source = boxes.box(sourceId);
  const target = boxes.box(targetId);
  if (!source || !target) return undefined;
  const except = [sourceId, targetId];
  let obstacles;
  if (direction === 'horizontal') {
    const left = Math.min(source.x, target.x, ends?.from.x ?? Infinity, ends?.to.x ?? Infinity) - REACH;
    const right = Math.max(source.x + source.width, target.x + target.width, ends?.from.x ?? -Infinity, ends?.to.x ?? -Infinity) + REACH;
    obstacles = boxes.within(left, right, except);
  } else {
    // The boxes are sorted by x only: a top-to-bottom map looks at every card.
    obstacles = boxes.all(except);
  }
  return routeAround(source, target, obstacles, direction, ends);
}
