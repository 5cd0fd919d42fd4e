import type { PathwayMap } from '../../../domain/schema/map';

/** The selected occupation's details (helper D). Not built yet: renders nothing. */
export function OccupationPanel(_props: { map: PathwayMap }) {
  return null;
}
