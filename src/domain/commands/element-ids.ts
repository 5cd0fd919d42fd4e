import type { PathwayMap } from '../schema/map';

/** Occupation, step and transition ids share one namespace (a move joins any two cards; feedback may target any of them). */
export function elementIds(map: PathwayMap): Set<string> {
  return new Set([...map.occupations.map((o) => o.id), ...map.steps.map((s) => s.id), ...map.transitions.map((t) => t.id)]);
}
