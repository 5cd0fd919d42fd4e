import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_OPTIONS } from '../../../src/layout/layout-options';
import { toElkGraph } from '../../../src/layout/to-elk';
import { answerLayoutRequest } from '../../../src/layout/worker-protocol';
import { elk, sampleMap } from './layout-helpers';

describe('answerLayoutRequest (what the elk worker does with a message)', () => {
  it('answers with the request id and card positions only', async () => {
    const graph = toElkGraph(sampleMap(), new Map(), DEFAULT_LAYOUT_OPTIONS);
    const response = await answerLayoutRequest(elk, { requestId: 7, graph });
    expect(response.requestId).toBe(7);
    if (!response.ok) throw new Error(response.message);
    expect(response.layout.edges).toBeUndefined();
    expect(response.layout.children).toHaveLength(graph.children?.length ?? -1);
    expect(response.layout.children?.[0]).toEqual({
      id: expect.any(String),
      x: expect.any(Number),
      y: expect.any(Number),
      width: expect.any(Number),
      height: expect.any(Number),
    });
  });

  it('turns elk’s rejection into a message instead of throwing', async () => {
    const graph = {
      id: 'root',
      children: [{ id: 'a', width: 10, height: 10 }],
      edges: [{ id: 'e', sources: ['a'], targets: ['missing'] }],
    };
    const response = await answerLayoutRequest(elk, { requestId: 3, graph });
    expect(response).toEqual({ requestId: 3, ok: false, message: expect.stringContaining('missing') });
  });

  it('turns a throw or an odd rejection into a message too', async () => {
    const throwing = {
      layout: () => {
        throw new Error('boom\n  at somewhere');
      },
    };
    expect(await answerLayoutRequest(throwing, { requestId: 1, graph: { id: 'r' } })).toEqual({
      requestId: 1,
      ok: false,
      message: 'boom',
    });
    const odd = { layout: () => Promise.reject(undefined) };
    expect(await answerLayoutRequest(odd, { requestId: 2, graph: { id: 'r' } })).toEqual({
      requestId: 2,
      ok: false,
      message: 'The layout engine failed without saying why.',
    });
  });
});
