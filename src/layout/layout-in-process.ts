import type { ElkNode } from 'elkjs/lib/elk-api';
import type { PathwayMap } from '../domain/schema/map';
import { fromElk } from './from-elk';
import { keepPinned } from './keep-pinned';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions, type Point, type Size } from './layout-options';
import { toElkGraph } from './to-elk';

/** Anything that lays out an elk graph: an ELK instance (tests, Node) or the worker client. */
export type ElkRunner = { layout(graph: ElkNode): Promise<ElkNode> };

/**
 * Lays a map out: positions (top-left, whole pixels) for every occupation. Pure apart from the
 * elk call, so the worker path and the unit tests run exactly the same steps. Rejects when elk does.
 */
export async function layoutInProcess(
  elk: ElkRunner,
  map: PathwayMap,
  sizes: ReadonlyMap<string, Size>,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
  pinned: ReadonlySet<string> = new Set(),
): Promise<Map<string, Point>> {
  const graph = toElkGraph(map, sizes, options);
  if ((graph.children ?? []).length === 0) return new Map();
  const positions = fromElk(await elk.layout(graph));
  return options.keepPinned && pinned.size > 0 ? keepPinned(positions, map, sizes, pinned, options) : positions;
}
