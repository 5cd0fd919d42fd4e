import type { ElkNode } from 'elkjs/lib/elk-api';
import type { LayoutMap } from './layout-map';
import { assertWithinCanvas, centreIfTooLong, LARGE_MAP_CARDS } from './canvas-limits';
import { fromElk } from './from-elk';
import { keepPinned } from './keep-pinned';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions, type Point, type Size } from './layout-options';
import { compactColumns } from './compact-columns';
import { planLayers, toElkGraph } from './to-elk';

/** Anything that lays out an elk graph: an ELK instance (tests, Node) or the worker client. */
export type ElkRunner = { layout(graph: ElkNode): Promise<ElkNode> };

/**
 * Lays a map out: positions (top-left, whole pixels) for every card (occupations and steps). Pure apart from the
 * elk call, so the worker path and the unit tests run exactly the same steps. Rejects when elk
 * does, and when the result could not be saved (beyond the canvas limits).
 */
export async function layoutInProcess(
  elk: ElkRunner,
  map: LayoutMap,
  sizes: ReadonlyMap<string, Size>,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
  pinned: ReadonlySet<string> = new Set(),
): Promise<Map<string, Point>> {
  const plan = planLayers(map);
  const graph = toElkGraph(map, sizes, options, plan);
  if ((graph.children ?? []).length === 0) return new Map();
  const placed = fromElk(await elk.layout(graph));
  // A readable map read left to right is made compact enough to read whole (compact-columns.ts).
  const compact = options.direction === 'RIGHT' && plan.layerOf.size <= LARGE_MAP_CARDS;
  const laidOut = centreIfTooLong(compact ? compactColumns(placed, plan, sizes, options) : placed);
  const positions = options.keepPinned && pinned.size > 0 ? keepPinned(laidOut, map, sizes, pinned, options) : laidOut;
  assertWithinCanvas(positions);
  return positions;
}
