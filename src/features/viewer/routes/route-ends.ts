import type { Occupation } from '../../../domain/schema/map';

/**
 * In the viewer store, routeFrom is an occupation id, or NO_EXPERIENCE for a job seeker starting
 * out. Ids are never empty (the parser refuses them), so the empty string can't be a job.
 */
export const NO_EXPERIENCE = '';

/** The From end as findRoutes takes it: an occupation id, null for no experience, undefined when not chosen. */
export function fromQuery(routeFrom: string | undefined, occupations: readonly Occupation[]): string | null | undefined {
  if (routeFrom === NO_EXPERIENCE) return null;
  return routeFrom !== undefined && occupations.some((occupation) => occupation.id === routeFrom) ? routeFrom : undefined;
}

/** The To end, when it names an occupation on this map. */
export function toQuery(routeTo: string | undefined, occupations: readonly Occupation[]): string | undefined {
  return routeTo !== undefined && occupations.some((occupation) => occupation.id === routeTo) ? routeTo : undefined;
}
