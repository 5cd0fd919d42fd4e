import { LayoutRefused } from './canvas-limits';
import { layoutInProcess, type ElkRunner } from './layout-in-process';
import type { LayoutMap } from './layout-map';
import type { LayoutOptions, Point, Size } from './layout-options';

/**
 * Messages to and from the layout worker. The whole layout (layers, order, the elk graph, elk,
 * pinned cards) runs in the worker: on a 2,000-card map building the elk graph alone took the page
 * ~50 ms. Maps and sets travel as entry lists. No `cmd` field: elk.bundled.js claims messages that have one.
 */
export type LayoutRequest = {
  requestId: number;
  map: LayoutMap;
  sizes: [string, Size][];
  options: LayoutOptions;
  pinned: string[];
};
export type LayoutResponse =
  | { requestId: number; ok: true; positions: [string, Point][] }
  | { requestId: number; ok: false; message: string };

/**
 * What the worker does with one request: lay the map out and answer with the card positions.
 * elk's rejections and throws (and positions beyond the canvas limits) become `ok: false` answers,
 * so the page always hears back.
 */
export async function answerLayoutRequest(elk: ElkRunner, request: LayoutRequest): Promise<LayoutResponse> {
  const { requestId, map, sizes, options, pinned } = request;
  try {
    const positions = await layoutInProcess(elk, map, new Map(sizes), options, new Set(pinned));
    return { requestId, ok: true, positions: [...positions] };
  } catch (error) {
    return { requestId, ok: false, message: describeError(error) };
  }
}

/**
 * Our own refusals keep their words. elk's errors are GWT-compiled Java exceptions that mean nothing
 * to a coach: they get a plain sentence (the exception's first line is logged for whoever debugs it).
 */
function describeError(error: unknown): string {
  if (error instanceof LayoutRefused) return error.message;
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  console.warn('Layout engine error:', text.split('\n')[0]?.trim() || '(no message)');
  return 'The layout engine could not lay this map out.';
}
