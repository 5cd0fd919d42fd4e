import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { LayoutMap } from './layout-map';
import { elkLayoutOptions } from './elk-options';
import { balanceLayers } from './balance-layers';
import { LARGE_MAP_CARDS } from './canvas-limits';
import { ladderLayers, type LayoutEdge } from './ladder-layers';
import { orderLayers } from './layer-order';
import { cardSize, type LayoutOptions, type Size } from './layout-options';


/** The columns (each in reading order) and the transitions pointing forward between them. */
export type LayerPlan = { layers: string[][]; layerOf: ReadonlyMap<string, number>; edges: LayoutEdge[] };

/**
 * Our columns for a map: the ladder's (ladder-layers), evened out on readable maps (balance-layers),
 * each ordered by group and neighbours (layer-order). Pure.
 */
export function planLayers(map: LayoutMap): LayerPlan {
  const ladder = ladderLayers(map);
  const balanced = ladder.layerOf.size <= LARGE_MAP_CARDS ? balanceLayers(map, ladder) : ladder;
  const groupIndex = new Map(map.groups.map((group, i) => [group.id, i]));
  const groupOf = new Map(map.cards.map((card) => [card.id, card.groupId]));
  const groupRank = (id: string) => groupIndex.get(groupOf.get(id) ?? '') ?? map.groups.length;
  return { layers: orderLayers(balanced.layers, balanced.edges, groupRank), layerOf: balanced.layerOf, edges: balanced.edges };
}

/**
 * The elk graph for a map: one node per occupation with its measured size, one edge per
 * transition that survives cleaning (missing ends, self-loops and repeats are dropped, and
 * edges are turned to point forward; see ladder-layers). Pure.
 *
 * Each node's position says which layer it belongs to and where it stands in that layer:
 * elk's interactive layering reads the layer from it, and its semi-interactive crossing
 * minimisation keeps the order. Children are also listed in that order, which is what elk
 * keeps when crossing minimisation is off (large maps).
 */
export function toElkGraph(map: LayoutMap, sizes: ReadonlyMap<string, Size>, options: LayoutOptions, plan: LayerPlan = planLayers(map)): ElkNode {
  const { layers, edges: ladderEdges, layerOf } = plan;
  const layoutOptions = elkLayoutOptions(layerOf.size, options);
  const positionsKeepOrder = layoutOptions['elk.layered.crossingMinimization.semiInteractive'] === 'true';
  const sizeOf = new Map(layers.flat().map((id) => [id, cardSize(sizes, id)]));
  // Given positions lie further apart than any card is long, so no two layers' spans touch
  // (elk only reads which layer and in what order).
  let slot = 1000;
  for (const size of sizeOf.values()) slot = Math.max(slot, Math.ceil(size.width + size.height) + 1000);
  const children: ElkNode[] = [];
  layers.forEach((layer, layerIndex) =>
    layer.forEach((id, rank) => {
      const [along, across] = [layerIndex * slot, rank * slot];
      const [x, y] = options.direction === 'RIGHT' ? [along, across] : [across, along];
      const child: ElkNode = { id, ...sizeOf.get(id), x, y };
      if (positionsKeepOrder) child.layoutOptions = { 'elk.position': `(${x},${y})` };
      children.push(child);
    }),
  );
  // Large maps keep our order as given (no crossing minimisation) and stack each column (simple
  // placement): transitions change no position there (checked on a 2,000-card map), they only cost
  // elk memory, so elk gets none.
  const shown = positionsKeepOrder ? edgesWithinBudget(ladderEdges, layerOf) : [];
  const edges: ElkExtendedEdge[] = shown.map((edge, i) => ({
    id: `e${i}`,
    sources: [edge.source],
    targets: [edge.target],
  }));
  return { id: 'root', layoutOptions, children, edges };
}

/**
 * elk adds one node of its own to every layer a transition crosses. A 5,000-card map with 20,000
 * transitions over thousands of sub-layers needed 33 million of them, and the renderer died at
 * ~4.4 GB. A transition between neighbouring layers costs nothing and is always kept; a longer one
 * is kept (in map order) while the extra nodes stay within this budget. Only the threading of long
 * transitions between cards is lost past it. Large maps get no transitions at all (see toElkGraph).
 */
export const LONG_EDGE_NODE_BUDGET = 20_000;

/** The transitions handed to elk: neighbours always, long ones within the budget. Pure. */
export function edgesWithinBudget(edges: readonly LayoutEdge[], layerOf: ReadonlyMap<string, number>): LayoutEdge[] {
  let spent = 0;
  return edges.filter((edge) => {
    const crossed = Math.abs((layerOf.get(edge.target) ?? 0) - (layerOf.get(edge.source) ?? 0)) - 1;
    if (crossed <= 0) return true;
    if (spent + crossed > LONG_EDGE_NODE_BUDGET) return false;
    spent += crossed;
    return true;
  });
}
