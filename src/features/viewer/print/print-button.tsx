import type { PathwayMap } from '../../../domain/schema/map';

/** Prints the map or the selected route's handout (helper E). Not built yet: renders nothing. */
export function PrintButton(_props: { map: PathwayMap }) {
  return null;
}
