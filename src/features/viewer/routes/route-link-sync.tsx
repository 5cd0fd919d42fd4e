import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { PathwayMap } from '../../../domain/schema/map';
import { useViewerStore } from '../viewer-store';
import { readRouteLink, writeRouteLink } from './route-link';

/**
 * Keeps the route finder's From, To and chosen route in the address (route-link.ts). When a map
 * opens, a route its address names is opened in the route finder (which chooses the route once found,
 * and says what was left out); from then on each change replaces the address, with no history entry
 * per change. Rendered by the viewer page whatever the panel shows, so a link opens the Routes tab.
 */
export function RouteLinkSync({ map }: { map: PathwayMap }) {
  const [params, setParams] = useSearchParams();
  const routeFrom = useViewerStore((state) => state.routeFrom);
  const routeTo = useViewerStore((state) => state.routeTo);
  const routeKey = useViewerStore((state) => state.routeKey);
  const requestedRouteKey = useViewerStore((state) => state.requestedRouteKey);

  // Read once per map (not again when the address changes), before the address is written (effects run in order). Opening the map first
  // (a no-op when it is open) so the viewer's own reset on opening does not undo what the link set.
  const readFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (readFor.current === map.id) return;
    readFor.current = map.id;
    const store = useViewerStore.getState();
    store.openMap(map.id);
    const link = readRouteLink(params, map.occupations);
    if (link.named) store.openRouteLink(link);
  }, [map.id, map.occupations, params]);

  useEffect(() => {
    // From the store itself: on the first run, what the read above has just set.
    const state = useViewerStore.getState();
    const next = writeRouteLink(params, { from: state.routeFrom, to: state.routeTo, routeKey: state.routeKey ?? state.requestedRouteKey });
    if (next.toString() !== params.toString()) setParams(next, { replace: true, preventScrollReset: true });
  }, [routeFrom, routeTo, routeKey, requestedRouteKey, params, setParams]);

  return null;
}
