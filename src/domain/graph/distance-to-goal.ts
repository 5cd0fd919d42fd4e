import type { GraphIndex } from './graph-index';
import { MinHeap } from './min-heap';
import { compareRanksAt, RANK_WIDTH } from './route-rank';

/**
 * For every card, the best rank of any walk from it to the goal: Dijkstra backwards along the
 * moves (ranks add up and no step makes a rank smaller, so Dijkstra holds). Walks may repeat
 * occupations, so this is a lower bound for simple routes: what the route search needs to rank
 * partial routes. `avoid` (the From job) is never passed through: no simple route from it returns to it.
 * Returns ranks side by side (RANK_WIDTH each); NaN first where the goal can't be reached.
 */
export function rankToGoal(graph: GraphIndex, goal: number, edgeRanks: Float64Array, avoid?: number): Float64Array {
  const nodes = graph.cards.length;
  const best = new Float64Array(nodes * RANK_WIDTH);
  for (let node = 0; node < nodes; node += 1) best[node * RANK_WIDTH] = Number.NaN;
  best.fill(0, goal * RANK_WIDTH, (goal + 1) * RANK_WIDTH);
  const done = new Uint8Array(nodes);
  const candidate = new Float64Array(RANK_WIDTH);
  // Entries are [node, rank copy]; a node may be queued more than once, the first out wins.
  const heap = new MinHeap<{ node: number; rank: Float64Array }>((a, b) => compareRanksAt(a.rank, 0, b.rank, 0) < 0);
  heap.push({ node: goal, rank: new Float64Array(RANK_WIDTH) });
  for (let item = heap.pop(); item !== undefined; item = heap.pop()) {
    if (done[item.node] === 1) continue;
    done[item.node] = 1;
    if (item.node === avoid) continue;
    for (const edge of graph.into[item.node] ?? []) {
      const from = graph.edgeFrom[edge] as number;
      if (done[from] === 1) continue;
      for (let index = 0; index < RANK_WIDTH; index += 1) {
        candidate[index] = (item.rank[index] as number) + (edgeRanks[edge * RANK_WIDTH + index] as number);
      }
      if (Number.isNaN(best[from * RANK_WIDTH]) || compareRanksAt(candidate, 0, best, from * RANK_WIDTH) < 0) {
        best.set(candidate, from * RANK_WIDTH);
        heap.push({ node: from, rank: candidate.slice() });
      }
    }
  }
  return best;
}

/**
 * For every card, the fewest moves to the goal (breadth-first, backwards, never through
 * `avoid`); -1 where it can't be reached.
 */
export function stepsToGoal(graph: GraphIndex, goal: number, avoid?: number): Int32Array {
  const steps = new Int32Array(graph.cards.length).fill(-1);
  steps[goal] = 0;
  const queue = [goal];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] as number;
    if (node === avoid) continue;
    for (const edge of graph.into[node] ?? []) {
      const from = graph.edgeFrom[edge] as number;
      if (steps[from] === -1) {
        steps[from] = (steps[node] as number) + 1;
        queue.push(from);
      }
    }
  }
  return steps;
}
