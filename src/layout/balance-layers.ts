import { bandOf, type Ladder } from './ladder-layers';
import type { LayoutMap } from './layout-map';

/** A column of more cards than this is too tall to read on a laptop screen beside its neighbours. */
export const MAX_COLUMN_CARDS = 5;

/**
 * Evens out the columns of a level that spans several (moves within a level spread its cards over
 * sub-columns, see ladder-layers): while one holds more than MAX_COLUMN_CARDS cards, a card of it
 * moves to another column of its level that is emptier, where its moves within the level still
 * point forward. Of the cards that may move, the one whose moves get shortest goes (an entry card
 * leading to the next level moves right). Levels never mix. Pure; for readable maps (a few hundred
 * cards: each move looks at every card of the fullest column).
 */
export function balanceLayers(map: LayoutMap, ladder: Ladder): Ladder {
  const layerOf = new Map(ladder.layerOf);
  const levelOf = new Map(map.cards.map((card) => [card.id, bandOf(card, map.levels)]));
  const levelLayers = new Map<number, { first: number; last: number }>();
  for (const [id, layer] of layerOf) {
    const level = levelOf.get(id) ?? 0;
    const span = levelLayers.get(level);
    levelLayers.set(level, { first: Math.min(span?.first ?? layer, layer), last: Math.max(span?.last ?? layer, layer) });
  }
  const neighbours = new Map<string, { id: string; after: boolean }[]>();
  for (const { source, target } of ladder.edges) {
    neighbours.set(source, [...(neighbours.get(source) ?? []), { id: target, after: true }]);
    neighbours.set(target, [...(neighbours.get(target) ?? []), { id: source, after: false }]);
  }
  const layers = ladder.layers.map((layer) => [...layer]);

  for (let moves = 0; moves < layerOf.size; moves += 1) {
    const crowded = layers.flatMap((layer, index) => (layer.length > MAX_COLUMN_CARDS ? [index] : []));
    crowded.sort((a, b) => layers[b]!.length - layers[a]!.length || a - b);
    let move: { id: string; from: number; to: number } | undefined;
    for (const from of crowded) if ((move = bestMove(layers[from]!, from))) break;
    if (!move) break;
    const { id, from, to } = move;
    layers[from] = layers[from]!.filter((card) => card !== id);
    layers[to]!.push(id);
    layerOf.set(id, to);
  }
  return { layers, layerOf, edges: ladder.edges };

  function bestMove(column: readonly string[], from: number) {
    let best: { id: string; from: number; to: number; cost: number } | undefined;
    for (const id of column) {
      const span = levelLayers.get(levelOf.get(id) ?? 0)!;
      let [first, last] = [span.first, span.last];
      for (const other of neighbours.get(id) ?? []) {
        if (levelOf.get(other.id) !== levelOf.get(id)) continue;
        const at = layerOf.get(other.id) ?? 0;
        if (other.after) last = Math.min(last, at - 1);
        else first = Math.max(first, at + 1);
      }
      for (let to = first; to <= last; to += 1) {
        if (to === from || (layers[to]?.length ?? 0) + 1 >= column.length) continue;
        const length = (layer: number) => (neighbours.get(id) ?? []).reduce((sum, other) => sum + Math.abs(layer - (layerOf.get(other.id) ?? 0)), 0);
        const cost = length(to) - length(from);
        if (!best || cost < best.cost || (cost === best.cost && (layers[to]?.length ?? 0) < (layers[best.to]?.length ?? 0))) best = { id, from, to, cost };
      }
    }
    return best;
  }
}
