import type { PathwayMap } from '../schema/map';

/** Occupation and transition ids share one namespace (feedback may target either). */
export function elementIds(map: PathwayMap): Set<string> {
  return new Set([...map.occupations.map((o) => o.id), ...map.transitions.map((t) => t.id)]);
}
