import type { Occupation } from '../../../domain/schema/map';
import { NO_EXPERIENCE } from './route-ends';

/**
 * A route in the viewer's address: `?from=cna&to=rn&route=…` (From, To and the chosen route's key,
 * Route.key), so a route can be bookmarked, shared and reopened. From "no experience" is
 * `from=no-experience`, unless the map has a job with that very id (a job's id wins). Other
 * parameters are kept as they are.
 */
export const ROUTE_PARAMS = { from: 'from', to: 'to', route: 'route' } as const;
export const NO_EXPERIENCE_PARAM = 'no-experience';

/** Longer values are no id or route key this app wrote: ignored, and not repeated back in full. */
const MAX_PARAM_LENGTH = 2_000;
const SHOWN_LENGTH = 40;

export type RouteLink = {
  from: string | undefined;
  to: string | undefined;
  routeKey: string | undefined;
  /** What the link named that is not on this map, in a sentence; undefined when all of it is. */
  notice: string | undefined;
  /** Whether the link names a route at all (any of the three parameters). */
  named: boolean;
};

const quoted = (value: string) => `“${value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value}”`;

/** Reads a route from the address's parameters: ids not on this map are left out and said in `notice`. */
export function readRouteLink(params: URLSearchParams, occupations: readonly Occupation[]): RouteLink {
  const isJob = (id: string) => occupations.some((occupation) => occupation.id === id);
  const left: string[] = [];
  const end = (name: 'From' | 'To', value: string | null, noExperience: boolean): string | undefined => {
    if (value === null || value === '') return undefined;
    if (value.length <= MAX_PARAM_LENGTH && isJob(value)) return value;
    if (noExperience && value === NO_EXPERIENCE_PARAM) return NO_EXPERIENCE;
    left.push(`${name} ${quoted(value)}`);
    return undefined;
  };
  const rawFrom = params.get(ROUTE_PARAMS.from);
  const rawTo = params.get(ROUTE_PARAMS.to);
  const rawRoute = params.get(ROUTE_PARAMS.route);
  const from = end('From', rawFrom, true);
  const to = end('To', rawTo, false);
  const routeKey = rawRoute !== null && rawRoute !== '' && rawRoute.length <= MAX_PARAM_LENGTH ? rawRoute : undefined;
  const ignoredRoute = rawRoute !== null && rawRoute !== '' && routeKey === undefined;
  const notice =
    left.length > 0
      ? `This link names ${left.join(' and ')}, not on this map, so ${left.length === 1 ? 'it was' : 'they were'} left out.`
      : ignoredRoute
        ? 'The route in this link could not be read, so it was left out.'
        : undefined;
  return { from, to, routeKey, notice, named: [rawFrom, rawTo, rawRoute].some((value) => value !== null && value !== '') };
}

/** The address's parameters with this route in them (or without, for what is not chosen); the others kept. */
export function writeRouteLink(params: URLSearchParams, route: { from: string | undefined; to: string | undefined; routeKey: string | undefined }): URLSearchParams {
  const next = new URLSearchParams(params);
  const put = (name: string, value: string | undefined) => (value === undefined ? next.delete(name) : next.set(name, value));
  put(ROUTE_PARAMS.from, route.from === NO_EXPERIENCE ? NO_EXPERIENCE_PARAM : route.from);
  put(ROUTE_PARAMS.to, route.to);
  put(ROUTE_PARAMS.route, route.routeKey);
  return next;
}
