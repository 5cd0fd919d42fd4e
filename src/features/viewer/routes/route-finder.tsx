import { useEffect, useMemo, useState } from 'react';
import { cardTitles } from '../../../domain/cards';
import { DEFAULT_ROUTE_LIMIT, findRoutes, ROUTE_BOUNDS, type RouteQuery, type RouteSearch } from '../../../domain/graph/find-routes';
import type { Route } from '../../../domain/graph/route';
import type { RouteSort } from '../../../domain/graph/route-rank';
import type { PathwayMap } from '../../../domain/schema/map';
import { printView } from '../print/print-view';
import { useViewerStore, type Highlight } from '../viewer-store';
import { OccupationSelect } from './occupation-select';
import { RouteDetails } from './route-details';
import { fromQuery, NO_EXPERIENCE, toQuery } from './route-ends';
import { RouteHandout } from './route-handout';
import { RouteList } from './route-list';
import { routeStatusText } from './route-status';
import { sortNoteText } from './route-sort-note';
import { SortSelect } from './sort-select';
import { WhereItLeads } from './where-it-leads';
import './routes.css';

const MORE = 5;
const NO_ROUTES: readonly Route[] = [];

/**
 * The best `limit` routes; when the route `wanted` (a link's, or the one chosen) is further down,
 * the list goes on down to it, so it stays listed and chosen.
 */
function searchDownTo(map: PathwayMap, query: RouteQuery & { limit: number }, wanted: string | undefined): RouteSearch {
  const found = findRoutes(map, query);
  if (wanted === undefined || found.routes.length < query.limit || found.routes.some((route) => route.key === wanted)) return found;
  const further = findRoutes(map, { ...query, limit: ROUTE_BOUNDS.maxResults });
  const at = further.routes.findIndex((route) => route.key === wanted);
  return at < 0 ? found : { ...further, routes: further.routes.slice(0, at + 1) };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

function routeHighlight(route: Route): Highlight {
  // The step cards passed on the way (a credential between two jobs, the program a route starts at) and the moves into them light up too.
  const parts = [...(route.start ? [route.start] : []), ...route.steps];
  return {
    occupationIds: [...(route.start?.via ?? []).map((passed) => passed.card.id), ...route.occupations.slice(0, 1).map((o) => o.id), ...route.steps.flatMap((step) => [...step.via.map((passed) => passed.card.id), step.to.id])],
    transitionIds: parts.flatMap((part) => [...part.via, part].flatMap((passed) => (passed.transition ? [passed.transition.id] : []))),
  };
}

/** The route shown on the map is the one whose cards and moves are highlighted: one source of truth. */
function highlightedRoute(routes: readonly Route[], highlight: Highlight | undefined): Route | undefined {
  if (!highlight) return undefined;
  return routes.find((route) => {
    const mine = routeHighlight(route);
    return sameIds(mine.occupationIds, highlight.occupationIds) && sameIds(mine.transitionIds, highlight.transitionIds);
  });
}

/**
 * The "Routes" tab: From (a job, or no experience) and To, the best routes sorted by time, cost or
 * wage gain, the chosen route's steps and wage progression (highlighted on the map), a printable
 * handout, and where the From job can lead.
 */
export function RouteFinder({ map }: { map: PathwayMap }) {
  const routeFrom = useViewerStore((state) => state.routeFrom);
  const routeTo = useViewerStore((state) => state.routeTo);
  const highlight = useViewerStore((state) => state.highlight);
  const selectedOccupationId = useViewerStore((state) => state.selectedOccupationId);
  const setRouteEnds = useViewerStore((state) => state.setRouteEnds);
  const showRoute = useViewerStore((state) => state.showRoute);
  const requestedRouteKey = useViewerStore((state) => state.requestedRouteKey);
  const routeNotice = useViewerStore((state) => state.routeNotice);
  const settleRouteRequest = useViewerStore((state) => state.settleRouteRequest);
  const [sortBy, setSortBy] = useState<RouteSort>('time');
  const [limit, setLimit] = useState(DEFAULT_ROUTE_LIMIT);

  // A coach who has a job selected on the map usually means it as From.
  useEffect(() => {
    if (selectedOccupationId !== undefined && useViewerStore.getState().routeFrom === undefined) {
      setRouteEnds({ from: selectedOccupationId });
    }
  }, [selectedOccupationId, setRouteEnds]);

  const from = fromQuery(routeFrom, map.occupations);
  // Until the reader picks a goal, the map's own (a CTDL pathway's destination) is the goal.
  const to = toQuery(routeTo ?? map.goalId, map.occupations);
  const titles = useMemo(() => cardTitles(map), [map]);
  const routeKey = useViewerStore((state) => state.routeKey);
  // The route a link names, or the one chosen, stays listed even when it is further down than the first few.
  const wanted = requestedRouteKey ?? routeKey;
  const search = useMemo(
    () => (from === undefined || to === undefined ? undefined : searchDownTo(map, { from, to, sortBy, limit }, wanted)),
    [map, from, to, sortBy, limit, wanted],
  );
  const routes = search?.routes ?? NO_ROUTES;
  const selected = highlightedRoute(routes, highlight);
  const fromOccupation = from ? map.occupations.find((o) => o.id === from) : undefined;
  const toOccupation = to ? map.occupations.find((o) => o.id === to) : undefined;
  const fromLabel = from === null ? 'no experience' : (fromOccupation?.title ?? '');
  const sortNote = sortNoteText(routes, sortBy);

  // A route a link named: chosen (highlighted and fitted in view) once found; said plainly when it is
  // not among the routes found.
  useEffect(() => {
    if (requestedRouteKey === undefined || !search) return;
    const named = routes.find((route) => route.key === requestedRouteKey);
    if (named) {
      settleRouteRequest();
      showRoute({ key: named.key, highlight: routeHighlight(named) });
    } else settleRouteRequest('The route in this link is not among the routes found here, so none is chosen.');
  }, [requestedRouteKey, search, routes, settleRouteRequest, showRoute]);

  /** A new question: the old answer's highlight goes, and the list starts at the best few again. */
  const ask = (change: () => void) => {
    if (selected) showRoute(undefined);
    setLimit(DEFAULT_ROUTE_LIMIT);
    change();
  };

  return (
    <div className="route-finder">
      <h2>Find a route</h2>
      <div className="route-finder__ends">
        <OccupationSelect
          label="From (current job)"
          placeholder="Choose a job…"
          noExperience
          occupations={map.occupations}
          levels={map.levels}
          value={from === null ? NO_EXPERIENCE : from}
          onChange={(value) => ask(() => setRouteEnds({ from: value }))}
        />
        <OccupationSelect
          label="To (goal)"
          placeholder="Choose a goal…"
          occupations={map.occupations}
          levels={map.levels}
          value={to}
          onChange={(value) => ask(() => setRouteEnds({ to: value }))}
        />
        <SortSelect value={sortBy} onChange={(value) => ask(() => setSortBy(value))} />
      </div>

      <p className="route-finder__status" role="status">
        {routeNotice && `${routeNotice} `}
        {search
          ? routeStatusText(search, fromLabel, toOccupation?.title ?? '')
          : 'Choose where the job seeker is now (From) and the job they want (To).'}
      </p>
      {/* Always there, so a screen reader hears the note when a sort brings one. */}
      <p className="route-finder__hint route-finder__sort-note" aria-live="polite">
        {sortNote}
      </p>
      {routes.length > 0 && (
        <RouteList
          routes={routes}
          selectedKey={selected?.key}
          onSelect={(route) => showRoute(route && { key: route.key, highlight: routeHighlight(route) })}
        />
      )}
      {routes.length >= limit && routes.length < ROUTE_BOUNDS.maxResults && (
        <button type="button" onClick={() => setLimit(routes.length + MORE)}>
          Show more routes
        </button>
      )}

      {selected && (
        <>
          <RouteDetails route={selected} index={routes.indexOf(selected)} onPrint={() => printView('route')} titleOf={(id) => titles.get(id)} />
          <RouteHandout map={map} route={selected} fromLabel={from === null ? 'no experience' : (fromOccupation?.title ?? '')} />
        </>
      )}

      <WhereItLeads map={map} occupation={fromOccupation} noExperience={from === null} onChooseGoal={(id) => ask(() => setRouteEnds({ to: id }))} />
    </div>
  );
}
