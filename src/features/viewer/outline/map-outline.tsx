import type { PathwayMap } from '../../../domain/schema/map';

/** The whole map as structured text (helper D). Not built yet: renders nothing. */
export function MapOutline(_props: { map: PathwayMap }) {
  return null;
}
