import type { GraphIndex } from './graph-index';

/**
 * Where someone with no experience can start, as node numbers in map order:
 * - every occupation on the map's first level (the bottom rung of the ladder: people are hired into it), and
 * - every occupation a move of kind 'entry' from another job leads into (the map names that move as a
 *   way in; the other sector's job is not where this person starts). An entry move from a step card
 *   (a licence, a program) does not make its job a start: the person needs that step first, and a
 *   route starts at a job, so it would read as "start here", 0 months and $0, at a licensed job.
 * A map that marks neither has no stated way in; then the jobs no move from another job leads into
 * are the starts, because nothing on the map says they need another job first (a credential or a
 * program before them is a way in). (Map health flags such maps.)
 * A "no experience" route starts at one of these: its first occupation is the first job, so the
 * route's steps, months and cost count from there.
 */
export function noExperienceStarts(graph: GraphIndex): number[] {
  const jobs = graph.occupations.length;
  const isStart = graph.occupations.map((occupation) => occupation.level !== undefined && occupation.level === graph.firstLevel);
  graph.transitions.forEach((transition, edge) => {
    const to = graph.edgeTo[edge] as number;
    if (transition.kind === 'entry' && to < jobs && (graph.edgeFrom[edge] as number) < jobs) isStart[to] = true;
  });
  if (!isStart.some(Boolean)) {
    // A credential or a program leading into a job is a way in, not a job before it.
    graph.occupations.forEach((_, node) => {
      isStart[node] = (graph.into[node] ?? []).every((edge) => (graph.edgeFrom[edge] as number) >= jobs);
    });
  }
  return isStart.flatMap((start, node) => (start ? [node] : []));
}
