import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ElkRunner } from './layout-in-process';

/** Messages to and from the elk worker. No `cmd` field: elk.bundled.js claims messages that have one. */
export type LayoutRequest = { requestId: number; graph: ElkNode };
export type LayoutResponse =
  | { requestId: number; ok: true; layout: ElkNode }
  | { requestId: number; ok: false; message: string };

/**
 * What the worker does with one request: run elk, and answer with the card positions only (edge
 * routes are not used, and copying them back costs main-thread time on big maps). elk's
 * rejections and throws become `ok: false` answers, so the page always hears back.
 */
export async function answerLayoutRequest(elk: ElkRunner, request: LayoutRequest): Promise<LayoutResponse> {
  const { requestId, graph } = request;
  try {
    const result = await elk.layout(graph);
    const children = (result.children ?? []).map(({ id, x, y, width, height }) => ({ id, x, y, width, height }));
    return { requestId, ok: true, layout: { id: result.id, width: result.width, height: result.height, children } };
  } catch (error) {
    return { requestId, ok: false, message: describeError(error) };
  }
}

/** elk's errors are GWT-compiled Java exceptions; keep the first line, which names the problem. */
function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const firstLine = text.split('\n')[0]?.trim() ?? '';
  return firstLine === '' ? 'The layout engine failed without saying why.' : firstLine.slice(0, 300);
}
