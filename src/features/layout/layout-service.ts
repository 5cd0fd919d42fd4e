import type { PathwayMap } from '../../domain/schema/map';
import { createLayoutClient, type LayoutClient, type LayoutResult } from '../../layout/layout-client';
import { TALLEST_CARD_SIZE } from '../../layout/card-geometry';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions, type Size } from '../../layout/layout-options';

let client: LayoutClient | undefined;

/** One elk worker for the whole app, started on first use. */
export function layoutClient(): LayoutClient {
  client ??= createLayoutClient();
  return client;
}

/** Starts the worker when the browser is idle, so the user's first layout runs warm. */
export function warmUpLayoutWhenIdle(): void {
  const start = () => layoutClient().warmUp();
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 1500);
}

/**
 * The size elk should leave for each card. Zoomed out, cards draw only their title, so what was
 * measured can be smaller than the card a reader zooms in to: never leave less than a full card.
 */
export function layoutSizes(nodes: readonly { id: string; measured?: { width?: number; height?: number } }[]): Map<string, Size> {
  return new Map(
    nodes.map((node) => [
      node.id,
      {
        width: Math.max(node.measured?.width ?? 0, TALLEST_CARD_SIZE.width),
        height: Math.max(node.measured?.height ?? 0, TALLEST_CARD_SIZE.height),
      },
    ]),
  );
}

/**
 * Lays a map out in the worker. The performance marks around it are what the benchmark reads
 * (layout time, and the longest main-thread task while it runs).
 */
export async function layOut(
  map: PathwayMap,
  sizes: ReadonlyMap<string, Size>,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
  pinned?: ReadonlySet<string>,
): Promise<LayoutResult> {
  performance.mark('pathway-layout-start');
  const result = await layoutClient().layout(map, sizes, options, pinned);
  if (result.status === 'done') performance.mark('pathway-layout-done', { detail: { cards: map.occupations.length + map.steps.length, ms: result.ms } });
  return result;
}
