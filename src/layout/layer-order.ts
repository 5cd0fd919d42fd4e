import type { LayoutEdge } from './ladder-layers';

/** Forward-and-back passes of the barycenter heuristic; each costs O(edges + cards·log cards). */
const PASSES = 8;

/**
 * Orders the cards within each layer: groups first (in the map's group order, ungrouped last), so
 * each group stays together as a band across the columns, and within a group by the barycenter
 * of each card's neighbours in earlier layers (passes going forward) or later layers (going back),
 * which untangles transitions. Cards without neighbours on that side keep their place.
 *
 * This is done here rather than by elk's crossing minimisation because elk does not keep groups
 * together, and its layer sweep is the slowest phase once layers hold hundreds of cards. It runs
 * on the main thread, so it works on indices and typed arrays (2,000 cards: a few milliseconds).
 * Deterministic: ties fall back to the previous order, which starts as the map's order.
 */
export function orderLayers(
  layers: readonly (readonly string[])[],
  edges: readonly LayoutEdge[],
  groupRank: (id: string) => number,
): string[][] {
  const ids = layers.flat();
  const index = new Map(ids.map((id, i) => [id, i]));
  const count = ids.length;
  const group = Int32Array.from(ids, groupRank);
  const layerOf = new Int32Array(count);
  const order = layers.map((layer) => layer.map((id) => index.get(id) ?? 0));
  order.forEach((layer, l) => layer.forEach((node) => (layerOf[node] = l)));
  const { start, neighbour } = adjacency(count, edges, index);

  // Position as a fraction of the layer, so layers of different lengths compare.
  const position = new Float64Array(count);
  const rank = new Int32Array(count);
  const key = new Float64Array(count);
  const measure = (layer: number[]) =>
    layer.forEach((node, i) => {
      position[node] = (i + 0.5) / layer.length;
      rank[node] = i;
    });
  const byGroupThenKey = (a: number, b: number) =>
    (group[a] ?? 0) - (group[b] ?? 0) || (key[a] ?? 0) - (key[b] ?? 0) || (rank[a] ?? 0) - (rank[b] ?? 0);

  for (const layer of order) {
    measure(layer);
    layer.forEach((node) => (key[node] = 0));
    layer.sort(byGroupThenKey);
    measure(layer);
  }
  for (let pass = 0; pass < PASSES; pass++) {
    const forward = pass % 2 === 0;
    for (let step = 0; step < order.length; step++) {
      const l = forward ? step : order.length - 1 - step;
      const layer = order[l] ?? [];
      for (const node of layer) {
        let sum = 0;
        let seen = 0;
        for (let e = start[node] ?? 0; e < (start[node + 1] ?? 0); e++) {
          const other = neighbour[e] ?? 0;
          if (forward ? (layerOf[other] ?? 0) < l : (layerOf[other] ?? 0) > l) {
            sum += position[other] ?? 0;
            seen += 1;
          }
        }
        key[node] = seen > 0 ? sum / seen : (position[node] ?? 0);
      }
      layer.sort(byGroupThenKey);
      measure(layer);
    }
  }
  return order.map((layer) => layer.map((node) => ids[node] ?? ''));
}

/** Neighbours of every card, both directions, in compressed rows: neighbour[start[n] .. start[n+1]). */
function adjacency(count: number, edges: readonly LayoutEdge[], index: ReadonlyMap<string, number>) {
  const pairs = edges.flatMap(({ source, target }) => {
    const [a, b] = [index.get(source), index.get(target)];
    return a === undefined || b === undefined ? [] : [[a, b] as const];
  });
  const start = new Int32Array(count + 1);
  for (const [a, b] of pairs) {
    start[a + 1] = (start[a + 1] ?? 0) + 1;
    start[b + 1] = (start[b + 1] ?? 0) + 1;
  }
  for (let n = 0; n < count; n++) start[n + 1] = (start[n + 1] ?? 0) + (start[n] ?? 0);
  const fill = start.slice(0, count);
  const neighbour = new Int32Array(pairs.length * 2);
  for (const [a, b] of pairs) {
    neighbour[fill[a] ?? 0] = b;
    fill[a] = (fill[a] ?? 0) + 1;
    neighbour[fill[b] ?? 0] = a;
    fill[b] = (fill[b] ?? 0) + 1;
  }
  return { start, neighbour };
}
