import { compareCosts } from '../requirements/cost';
import { referencedCardIds } from '../requirements/walk';
import type { PathwayMap, Step } from '../schema/map';
import type { GraphIndex } from './graph-index';
import { startFigures, type MoveFigures } from './move-figures';

/**
 * Where someone with no experience can start, as node numbers in map order (the rule of maps without
 * step cards, v1 maps):
 * - every occupation on the map's first level (the bottom rung of the ladder: people are hired into it), and
 * - every occupation a move of kind 'entry' from another job leads into (the map names that move as a
 *   way in; the other sector's job is not where this person starts). An entry move from a step card
 *   (a licence, a program) does not make its job a start: the person needs that step first.
 * A map that marks neither has no stated way in; then the jobs no move from another job leads into
 * are the starts, because nothing on the map says they need another job first. (Map health flags such maps.)
 */
export function noExperienceStarts(graph: GraphIndex): number[] {
  const jobs = graph.occupations.length;
  const isStart = graph.occupations.map((occupation) => occupation.level !== undefined && occupation.level === graph.firstLevel);
  graph.transitions.forEach((transition, edge) => {
    const to = graph.edgeTo[edge] as number;
    if (transition.kind === 'entry' && to < jobs && (graph.edgeFrom[edge] as number) < jobs) isStart[to] = true;
  });
  if (!isStart.some(Boolean)) {
    graph.occupations.forEach((_, node) => {
      isStart[node] = (graph.into[node] ?? []).every((edge) => (graph.edgeFrom[edge] as number) >= jobs);
    });
  }
  return isStart.flatMap((start, node) => (start ? [node] : []));
}

/**
 * A way in from no experience: the card a route starts at, what getting it takes before the route's
 * first move (undefined: nothing the map states), and the cards that way names (an entry move's
 * credential), which the route passes before its first job.
 */
export type WayIn = { node: number; figures: MoveFigures | undefined; named: Step[] };

/**
 * The ways in from no experience. A map without step cards keeps the rule above. On a map with step
 * cards the route starts before the job where the map says what gets you in:
 * - a step card nothing puts a job before is a start: no move leads into it, or only moves from jobs
 *   while its own "to get in" is stated and names no job (a program anyone may enrol in). A step card
 *   another step card leads into is not: the route starts at that one (PN program → NCLEX-PN → LPN);
 * - a job a step card leads into is not a start (its way in is that card: CNA certificate → CNA);
 * - otherwise jobs start as above; a job that starts only because an entry move from another job
 *   leads into it takes what that move requires (the cheapest such move), passing the cards it names.
 * If nothing qualifies, the jobs of the rule above start.
 */
export function noExperienceWaysIn(map: Pick<PathwayMap, 'steps'>, graph: GraphIndex): WayIn[] {
  const jobs = graph.occupations.length;
  const plain = (node: number): WayIn => ({ node, figures: undefined, named: [] });
  if (graph.cards.length === jobs) return noExperienceStarts(graph).map(plain);
  const price = startFigures(map);
  const fromJob = (edge: number) => (graph.edgeFrom[edge] as number) < jobs;
  const isJobId = (id: string) => (graph.indexOf.get(id) ?? jobs) < jobs;
  const ways: WayIn[] = [];

  graph.occupations.forEach((occupation, node) => {
    const into = graph.into[node] ?? [];
    if (into.some((edge) => !fromJob(edge))) return;
    if (occupation.level !== undefined && occupation.level === graph.firstLevel) {
      ways.push(plain(node));
      return;
    }
    let best: WayIn | undefined;
    for (const edge of into) {
      const move = graph.transitions[edge];
      if (move?.kind !== 'entry') continue;
      const figures = price.ofEntry(move);
      const named = (figures.way?.items ?? []).flatMap((item) => {
        const card = item.cardId === undefined ? undefined : graph.cards[graph.indexOf.get(item.cardId) ?? -1];
        return card !== undefined && (graph.indexOf.get(card.id) as number) >= jobs ? [card as Step] : [];
      });
      // An entry move that names no card keeps the old reading: start at the job, nothing counted.
      const way: WayIn = named.length > 0 ? { node, figures, named } : plain(node);
      if (way.figures === undefined) {
        best = way;
        break;
      }
      if (best?.figures === undefined || compareCosts(way.figures.cost, best.figures.cost) < 0) best = way;
    }
    if (best) ways.push(best);
  });

  graph.cards.forEach((card, node) => {
    if (node < jobs) return;
    const step = card as Step;
    const into = graph.into[node] ?? [];
    const namesJob = referencedCardIds(step.toGetIn).some(isJobId);
    const open = into.length === 0 || (step.toGetIn !== undefined && into.every(fromJob));
    if (open && !namesJob) ways.push({ node, figures: price.ofStep(step), named: [] });
  });

  return ways.length > 0 ? ways : noExperienceStarts(graph).map(plain);
}
