import type { Route } from '../../../domain/graph/route';
import type { RouteSort } from '../../../domain/graph/route-rank';

const FIGURE_NAMES: Readonly<Record<RouteSort, string>> = { time: 'time', cost: 'cost', 'wage-gain': 'wage gain' };

/** Whether a route's figure for the sort is fully known, so the sort can place it by that figure. */
function hasFigure(route: Route, sort: RouteSort): boolean {
  switch (sort) {
    case 'time':
      return route.totalMonths.unknownSteps === 0;
    case 'cost':
      return route.totalCostUsd.unknownSteps === 0;
    case 'wage-gain':
      return route.wageGain?.comparable === true;
  }
}

/**
 * What a sort could not do, in a sentence, or undefined when every route has the figure it sorts by.
 * Routes whose figure is not (fully) known come after those whose figure is (route-rank.ts), so a
 * sort by a figure no route has leaves them in the order of their other figures: said, never silent.
 */
export function sortNoteText(routes: readonly Route[], sort: RouteSort): string | undefined {
  if (routes.length === 0) return undefined;
  const name = FIGURE_NAMES[sort];
  const known = routes.filter((route) => hasFigure(route, sort)).length;
  if (known === routes.length) return undefined;
  if (known === 0) {
    return routes.length === 1
      ? `This route has no ${name} figure to sort by.`
      : `No route here has ${name} figures, so they are not in order of ${name}: they are listed by their other figures.`;
  }
  const rest = routes.length - known;
  const first = known === 1 ? `has ${name} figures and comes` : `have ${name} figures and come`;
  return `${known} of ${routes.length} routes here ${first} first; the other ${rest === 1 ? 'one comes' : `${rest} come`} last, ${name} not known.`;
}
