import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLayoutClient, type LayoutClient, type LayoutWorker } from '../../../src/layout/layout-client';
import { LARGE_MAP_CARDS } from '../../../src/layout/canvas-limits';
import { DEFAULT_LAYOUT_OPTIONS } from '../../../src/layout/layout-options';
import { answerLayoutRequest, type LayoutRequest, type LayoutResponse } from '../../../src/layout/worker-protocol';
import { elk, layOut, sampleMap } from './layout-helpers';

/** Stands in for the elk worker: records requests; the test decides when and how each is answered. */
class FakeWorker implements LayoutWorker {
  requests: LayoutRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(request: LayoutRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  /** Runs elk on a request, as the real worker would, and delivers the answer. */
  async answer(index: number) {
    const request = this.requests[index];
    if (!request) throw new Error(`no request ${index}`);
    this.reply(await answerLayoutRequest(elk, request));
  }
  reply(response: LayoutResponse) {
    this.onmessage?.({ data: response } as MessageEvent<LayoutResponse>);
  }
  crash(message: string) {
    this.onerror?.({ message } as ErrorEvent);
  }
}

const map = sampleMap();
const sizes = new Map<string, { width: number; height: number }>();
let workers: FakeWorker[];
let client: LayoutClient;
const worker = () => workers[workers.length - 1] ?? new FakeWorker();
const posted = (count: number) => vi.waitFor(() => expect(worker().requests).toHaveLength(count));

beforeEach(() => {
  workers = [];
  client = createLayoutClient(() => {
    workers.push(new FakeWorker());
    return worker();
  });
});

describe('createLayoutClient', () => {
  it('starts its worker only when a layout is asked for, and returns the positions', async () => {
    expect(workers).toHaveLength(0);
    const result = client.layout(map, sizes);
    await posted(1);
    await worker().answer(0);
    const done = await result;
    expect(done).toMatchObject({ status: 'done', ms: expect.any(Number) });
    if (done.status === 'done') expect(done.positions).toEqual(await layOut(map, {}, sizes));
    expect(workers).toHaveLength(1);
  });

  it('warms up in the background with several small layouts whose answers are ignored', async () => {
    client.warmUp();
    client.warmUp();
    expect(workers).toHaveLength(1);
    for (let round = 0; round < 3; round++) {
      expect(worker().requests.map((r) => r.requestId)).toEqual(Array(round + 1).fill(0));
      await worker().answer(round);
    }
    expect(worker().requests).toHaveLength(4);
  });

  it('runs a layout asked for during the warm-up next, before further warm-up rounds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    client.warmUp();
    const result = client.layout(map, sizes);
    // The layout has waited its one task and is queued behind the warm-up round, not posted.
    await vi.runAllTimersAsync();
    vi.useRealTimers();
    expect(worker().requests).toHaveLength(1);
    await worker().answer(0);
    await posted(2);
    expect(worker().requests[1]?.requestId).toBe(1);
    await worker().answer(1);
    expect((await result).status).toBe('done');
    expect(worker().requests[2]?.requestId).toBe(0);
  });

  it('lets a newer request supersede an older one, whose late answer is dropped', async () => {
    const older = client.layout(map, sizes);
    await posted(1);
    const newer = client.layout(map, sizes, { ...DEFAULT_LAYOUT_OPTIONS, direction: 'DOWN' });
    expect(await older).toEqual({ status: 'superseded' });
    await worker().answer(0);
    await posted(2);
    await worker().answer(1);
    const done = await newer;
    if (done.status !== 'done') throw new Error(done.status);
    expect(done.positions).toEqual(await layOut(map, { direction: 'DOWN' }, sizes));
  });

  it('sends only the newest of the requests made while the worker is busy', async () => {
    const first = client.layout(map, sizes);
    await posted(1);
    const second = client.layout(map, sizes);
    const third = client.layout(map, sizes);
    expect(await second).toEqual({ status: 'superseded' });
    await worker().answer(0);
    await posted(2);
    await worker().answer(1);
    expect(await first).toEqual({ status: 'superseded' });
    expect((await third).status).toBe('done');
    expect(worker().requests.map((r) => r.requestId)).toEqual([1, 3]);
  });

  it('never sends a request that was superseded before it left', async () => {
    const first = client.layout(map, sizes);
    const second = client.layout(map, sizes);
    expect(await first).toEqual({ status: 'superseded' });
    await posted(1);
    expect(worker().requests[0]?.requestId).toBe(2);
    await worker().answer(0);
    expect((await second).status).toBe('done');
  });

  it('reports elk’s failure as a message', async () => {
    const result = client.layout(map, sizes);
    await posted(1);
    worker().reply({ requestId: 1, ok: false, message: 'Referenced shape does not exist: x' });
    expect(await result).toEqual({ status: 'failed', message: 'Referenced shape does not exist: x' });
  });

  it('replaces a worker that crashed', async () => {
    const result = client.layout(map, sizes);
    await posted(1);
    worker().crash('Failed to fetch the worker script');
    expect(await result).toEqual({ status: 'failed', message: 'Failed to fetch the worker script' });
    expect(worker().terminated).toBe(true);
    const retry = client.layout(map, sizes);
    await vi.waitFor(() => expect(workers).toHaveLength(2));
    await posted(1);
    await worker().answer(0);
    expect((await retry).status).toBe('done');
  });

  it('stops the worker on dispose; what was pending is superseded', async () => {
    const result = client.layout(map, sizes);
    await posted(1);
    client.dispose();
    expect(await result).toEqual({ status: 'superseded' });
    expect(worker().terminated).toBe(true);
  });

  it('lays out an empty map without the worker', async () => {
    // Empty: no cards of either kind (the sample has step cards too).
    const result = await client.layout({ ...map, occupations: [], steps: [], transitions: [] }, sizes);
    expect(result).toMatchObject({ status: 'done', positions: new Map() });
    expect(workers).toHaveLength(0);
  });

  it('lets its worker go once idle after a large map, and starts a fresh one for the next layout', async () => {
    const large = { ...map, occupations: Array.from({ length: LARGE_MAP_CARDS + 1 }, (_, index) => ({ id: `o${index}`, title: `Card ${index}` })), transitions: [] };
    const result = client.layout(large, sizes);
    await posted(1);
    const first = worker();
    first.reply({ requestId: first.requests[0]!.requestId, ok: true, positions: [] });
    expect(await result).toMatchObject({ status: 'done' });
    expect(first.terminated).toBe(true);

    // A small map afterwards: a new worker, kept once it has answered.
    const next = client.layout(map, sizes);
    await vi.waitFor(() => expect(workers).toHaveLength(2));
    await posted(1);
    await worker().answer(0);
    expect(await next).toMatchObject({ status: 'done' });
    expect(worker().terminated).toBe(false);
  });
});
