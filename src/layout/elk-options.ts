import type { LayoutOptions as ElkLayoutOptions } from 'elkjs/lib/elk-api';
import { LARGE_MAP_CARDS } from './canvas-limits';
import { SPACINGS, type LayoutOptions } from './layout-options';

/**
 * Options for elk's layered algorithm. Layers and the order within them are ours (ladder-layers,
 * layer-order): elk reads the layers from the positions we give (interactive layering, so its own
 * layering never runs), keeps our order (semi-interactive crossing minimisation only threads long
 * transitions between the cards; off for large maps), then places cards and sizes the gaps.
 */
export function elkLayoutOptions(cardCount: number, options: LayoutOptions): ElkLayoutOptions {
  const spacing = SPACINGS[options.spacing];
  // Up to LARGE_MAP_CARDS, elk threads long transitions between our fixed card order and uses
  // Brandes–Köpf placement (straight runs: CNA → LPN → RN on one line). Above it, elk keeps our
  // order as given and stacks each column (simple placement): a 2,000-card map is read by region.
  const readable = cardCount <= LARGE_MAP_CARDS;
  return {
    'elk.algorithm': 'layered',
    'elk.direction': options.direction,
    'elk.randomSeed': '1',
    // Packing disconnected parts side by side would put an isolated entry card right of a middle one.
    'elk.separateConnectedComponents': 'false',
    'elk.layered.layering.strategy': 'INTERACTIVE',
    // Our edges already point forward, so nothing is reversed; greedy is iterative (the
    // interactive breaker recurses once per card along a chain).
    'elk.layered.cycleBreaking.strategy': 'GREEDY',
    ...(readable
      ? { 'elk.layered.crossingMinimization.semiInteractive': 'true', 'elk.layered.thoroughness': '1' }
      : { 'elk.layered.crossingMinimization.strategy': 'NONE', 'elk.layered.nodePlacement.strategy': 'SIMPLE' }),
    // React Flow draws the transitions itself; with no edge-to-edge factor the polyline router
    // keeps the gap between layers at the chosen spacing instead of widening it for steep edges.
    // (A readable map laid out to the right then gets its own gaps and heights: compact-columns.ts.)
    'elk.edgeRouting': 'POLYLINE',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '0',
    'elk.spacing.nodeNode': String(spacing.betweenCards),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(spacing.betweenLayers),
    'elk.spacing.edgeNode': String(Math.round(spacing.betweenCards / 2)),
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  };
}
