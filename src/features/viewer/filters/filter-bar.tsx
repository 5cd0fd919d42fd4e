import type { PathwayMap } from '../../../domain/schema/map';

/** Filters: apprenticeable, no degree, high growth, priority, minimum wage; active ones shown and clearable (helper B). Not built yet: renders nothing. */
export function FilterBar(_props: { map: PathwayMap }) {
  return null;
}
