import type { PathwayMap } from '../../../domain/schema/map';

/** Copies a link that carries the map (helper E). Not built yet: renders nothing. */
export function ShareLinkButton(_props: { map: PathwayMap }) {
  return null;
}
