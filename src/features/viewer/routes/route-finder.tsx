import type { PathwayMap } from '../../../domain/schema/map';

/** Route finder: From / To, the best routes, and where a job can lead (helper C). Not built yet: renders nothing. */
export function RouteFinder(_props: { map: PathwayMap }) {
  return null;
}
