import type { LayoutCard, LayoutMap } from './layout-map';

/** A transition as the layout sees it: pointing from an earlier layer to a later one. */
export type LayoutEdge = { source: string; target: string };

export type Ladder = {
  /** Card ids per layer, first layer first, each in the map's order. */
  layers: string[][];
  layerOf: ReadonlyMap<string, number>;
  edges: LayoutEdge[];
};

/**
 * The band of columns a card sits in: its level's place in the map's levels. A card without a level
 * (or naming none of the map's) counts as the middle level: the neutral rung (it claims neither
 * "start here" nor "top of the ladder"), and its transitions still order it within that band. A map
 * whose cards have no levels at all is thus laid out by its transitions alone.
 */
export function bandOf(card: LayoutCard, levels: readonly string[]): number {
  const index = card.level === undefined ? -1 : levels.indexOf(card.level);
  return index >= 0 ? index : Math.max(0, Math.floor((levels.length - 1) / 2));
}

/**
 * Layers for elk, decided here so elk never runs its own layering (the slowest part at 2,000
 * cards, and it ignores levels). Bands follow `level`, in the map's order of levels; within a band,
 * transitions between cards of the same level spread them over sub-layers (longest path), so a
 * lateral move still reads left to right. Transitions whose ends are missing, self-loops and
 * repeats are dropped; transitions that point back a level, or close a cycle, are turned around,
 * so every edge handed to elk points forward and nothing can loop.
 */
export function ladderLayers(map: LayoutMap): Ladder {
  const cards = uniqueCards(map.cards);
  const index = new Map(cards.map((card, i) => [card.id, i]));
  const band = cards.map((card) => bandOf(card, map.levels));
  const bands = Math.max(1, map.levels.length);
  const pairs = cleanPairs(map, index);

  const sameBand: number[][] = cards.map(() => []);
  for (const [from, to] of pairs) if (band[from] === band[to]) sameBand[from]?.push(to);
  const sub = subLayers(sameBand);

  const depth = Array.from({ length: bands }, () => 0);
  band.forEach((b, i) => (depth[b] = Math.max(depth[b] ?? 0, (sub[i] ?? 0) + 1)));
  const offset = depth.map((_, b) => depth.slice(0, b).reduce((sum, d) => sum + d, 0));
  const layer = band.map((b, i) => (offset[b] ?? 0) + (sub[i] ?? 0));

  const layers: string[][] = Array.from({ length: Math.max(0, ...layer.map((l) => l + 1)) }, () => []);
  cards.forEach((card, i) => layers[layer[i] ?? 0]?.push(card.id));
  const layerOf = new Map(cards.map((card, i) => [card.id, layer[i] ?? 0]));

  const seen = new Set<number>();
  const edges: LayoutEdge[] = [];
  for (const [from, to] of pairs) {
    const [a, b] = (layer[from] ?? 0) < (layer[to] ?? 0) ? [from, to] : [to, from];
    const key = a * cards.length + b;
    if (seen.has(key)) continue; // a→b and b→a become one edge once turned forward
    seen.add(key);
    edges.push({ source: cards[a]?.id ?? '', target: cards[b]?.id ?? '' });
  }
  return { layers, layerOf, edges };
}

/** The first card with each id (a map being edited may briefly hold a repeat). */
function uniqueCards(cards: readonly LayoutCard[]): LayoutCard[] {
  const seen = new Set<string>();
  return cards.filter((card) => !seen.has(card.id) && Boolean(seen.add(card.id)));
}

/** Transitions as index pairs, without missing ends, self-loops or repeats, in map order. */
function cleanPairs(map: LayoutMap, index: ReadonlyMap<string, number>): [number, number][] {
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const transition of map.transitions) {
    const from = index.get(transition.from);
    const to = index.get(transition.to);
    if (from === undefined || to === undefined || from === to || seen.has(from * index.size + to)) continue;
    seen.add(from * index.size + to);
    pairs.push([from, to]);
  }
  return pairs;
}

/**
 * Longest-path sub-layer of each node in a graph that may have cycles. An iterative depth-first
 * search (no recursion: a 5,000-card chain must not overflow the stack) in map order finds the
 * edges that close cycles; they are ignored here and turned around later.
 */
function subLayers(out: readonly number[][]): number[] {
  const state = new Uint8Array(out.length); // 0 unseen, 1 on the current path, 2 done
  const finished: number[] = [];
  const closesCycle = new Set<number>(); // from * count + to
  for (let start = 0; start < out.length; start++) {
    if (state[start] !== 0) continue;
    state[start] = 1;
    const stack: [node: number, next: number][] = [[start, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number];
      const [node, next] = top;
      const targets = out[node] ?? [];
      if (next < targets.length) {
        top[1] = next + 1;
        const target = targets[next] as number;
        if (state[target] === 0) {
          state[target] = 1;
          stack.push([target, 0]);
        } else if (state[target] === 1) closesCycle.add(node * out.length + target);
      } else {
        state[node] = 2;
        finished.push(node);
        stack.pop();
      }
    }
  }
  const sub: number[] = out.map(() => 0);
  for (let i = finished.length - 1; i >= 0; i--) {
    const node = finished[i] as number;
    for (const target of out[node] ?? []) {
      if (!closesCycle.has(node * out.length + target)) sub[target] = Math.max(sub[target] ?? 0, (sub[node] ?? 0) + 1);
    }
  }
  return sub;
}
