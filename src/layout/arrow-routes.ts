import type { CardBoxes } from './card-boxes';
import type { ArrowRoute } from './edge-route';
import { routeBetweenCards } from './route-between-cards';

/** An arrow to route: a transition's id and the cards it joins. */
export type ArrowEnds = { readonly id: string; readonly source: string; readonly target: string };

/**
 * The routes of all the arrows on a map, worked out together so arrows from different cards can be
 * kept apart. Arrows whose cards are not both known (not measured yet) are left out. Pure.
 */
export function routeArrows(boxes: CardBoxes, arrows: readonly ArrowEnds[]): Map<string, ArrowRoute> {
  const routes = new Map<string, ArrowRoute>();
  for (const arrow of arrows) {
    const route = routeBetweenCards(boxes, arrow.source, arrow.target);
    if (route) routes.set(arrow.id, route);
  }
  return routes;
}
