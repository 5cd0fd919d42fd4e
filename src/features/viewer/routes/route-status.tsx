import type { RouteSearch } from '../../../domain/graph/find-routes';
import { ROUTE_BOUNDS } from '../../../domain/graph/find-routes';

/** What a search found, in a sentence: announced politely as the ends or the sort change. */
export function routeStatusText(search: RouteSearch, fromLabel: string, toLabel: string): string {
  const { maxSteps } = ROUTE_BOUNDS;
  switch (search.status) {
    case 'found': {
      const count = search.routes.length;
      const found = `${count === 1 ? '1 route' : `${count} routes`} from ${fromLabel} to ${toLabel}.`;
      return search.stoppedEarly
        ? `${found} These are the best the search found before reaching its limit; there may be others.`
        : found;
    }
    case 'same':
      return 'From and To are the same job: choose a different goal.';
    case 'unreachable':
      return `No route on this map leads from ${fromLabel} to ${toLabel}. See where the job can lead below, or choose another goal.`;
    case 'too-far':
      return `Only routes of more than ${maxSteps} moves lead from ${fromLabel} to ${toLabel}; the route finder shows routes of up to ${maxSteps} moves. Try a goal on the way.`;
    case 'search-limit':
      return `The search reached its limit before finding a route from ${fromLabel} to ${toLabel}. Try a goal on the way.`;
    case 'unknown-occupation':
      return 'Choose a From and a To on this map.';
  }
}
