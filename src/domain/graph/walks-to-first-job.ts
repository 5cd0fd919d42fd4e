import type { GraphIndex } from './graph-index';

/**
 * The walks from a step card through step cards only to the first job each reaches, as edge numbers
 * in order: how a "no experience" route that starts before any job gets to its first job (PN program
 * → NCLEX-PN → LPN). Depth first, no card twice, at most `maxMoves` moves and `limit` walks (step
 * chains are short; the bound keeps a hostile map's search small).
 */
export function walksToFirstJob(graph: GraphIndex, start: number, maxMoves: number, limit: number): number[][] {
  const jobs = graph.occupations.length;
  const walks: number[][] = [];
  const path: number[] = [];
  const onPath = new Set<number>([start]);
  const visit = (node: number) => {
    for (const edge of graph.out[node] ?? []) {
      if (walks.length >= limit) return;
      const next = graph.edgeTo[edge] as number;
      if (onPath.has(next)) continue;
      path.push(edge);
      if (next < jobs) walks.push([...path]);
      else if (path.length < maxMoves) {
        onPath.add(next);
        visit(next);
        onPath.delete(next);
      }
      path.pop();
    }
  };
  visit(start);
  return walks;
}
