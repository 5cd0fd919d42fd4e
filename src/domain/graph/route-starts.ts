import type { GraphIndex } from './graph-index';

/**
 * Where someone with no experience can start, as node numbers in map order:
 * - every occupation at level 'entry' (the bottom rung of the ladder: people are hired into it), and
 * - every occupation a move of kind 'entry' leads into (the map names that move as a way in; the move's
 *   own origin, often a programme or another sector's job, is not where this person starts).
 * A map that marks neither has no stated way in; then the jobs no move leads into are the starts,
 * because nothing on the map says they need another job first. (Map health flags such maps.)
 * A "no experience" route starts at one of these: its first occupation is the first job, so the
 * route's steps, months and cost count from there.
 */
export function noExperienceStarts(graph: GraphIndex): number[] {
  const isStart = graph.occupations.map((occupation) => occupation.level === 'entry');
  graph.transitions.forEach((transition, edge) => {
    const to = graph.edgeTo[edge];
    if (transition.kind === 'entry' && to !== undefined) isStart[to] = true;
  });
  if (!isStart.some(Boolean)) {
    graph.into.forEach((edges, node) => {
      isStart[node] = edges.length === 0;
    });
  }
  return isStart.flatMap((start, node) => (start ? [node] : []));
}
