import { createLayoutClient, type LayoutClient } from '../../layout/layout-client';
import { DEFAULT_CARD_SIZE, type Size } from '../../layout/layout-options';

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
        width: Math.max(node.measured?.width ?? 0, DEFAULT_CARD_SIZE.width),
        height: Math.max(node.measured?.height ?? 0, DEFAULT_CARD_SIZE.height),
      },
    ]),
  );
}

/** A mark the benchmark reads: how long the last layout took, end to end. */
export function markLayoutDone(cards: number, ms: number): void {
  performance.mark('pathway-layout-done', { detail: { cards, ms } });
}
