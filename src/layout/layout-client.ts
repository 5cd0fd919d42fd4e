import type { PathwayMap } from '../domain/schema/map';
import { LARGE_MAP_CARDS } from './canvas-limits';
import { toLayoutMap } from './layout-map';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions, type Point, type Size } from './layout-options';
import { warmUpMap } from './warm-up-map';
import type { LayoutRequest, LayoutResponse } from './worker-protocol';

export type LayoutResult =
  | { status: 'done'; positions: Map<string, Point>; ms: number }
  | { status: 'superseded' }
  | { status: 'failed'; message: string };

/** The part of a Worker the client uses (a fake one stands in for it in unit tests). */
export type LayoutWorker = {
  postMessage(request: LayoutRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

export type LayoutClient = {
  /** Lays a map out in the worker. A newer call supersedes this one: it then resolves 'superseded'. */
  layout(
    map: PathwayMap,
    sizes: ReadonlyMap<string, Size>,
    options?: LayoutOptions,
    pinned?: ReadonlySet<string>,
  ): Promise<LayoutResult>;
  /** Starts the worker and lays out a small map, so the user's first layout runs warm. Call when idle. */
  warmUp(): void;
  /** Stops the worker; anything pending resolves 'superseded'. A later call starts a new worker. */
  dispose(): void;
};

/** `large`: a map over LARGE_MAP_CARDS; the worker is let go once it has answered (see `answer`). */
type Job = { request: LayoutRequest; large?: boolean; resolve(positions: Map<string, Point>): void; reject(error: Error): void };

class Superseded extends Error {}

const SUPERSEDED: LayoutResult = { status: 'superseded' };
// Requests wait one task before leaving, so a burst of them (say, repeated clicks) sends only the newest.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const WARM_UP_ID = 0;
// elk in a fresh worker needs a dozen or so layouts before its speed settles (measured in
// Chromium: a 60-card layout goes from ~140 ms to ~40 ms), so warming up runs several.
const WARM_UP_ROUNDS = 12;

function startElkWorker(): LayoutWorker {
  return new Worker(new URL('./elk.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * One long-lived elk worker, started on first use (or by warmUp), let go when idle after a large
 * map (its memory goes back to the system). At most one graph is in the
 * worker and at most one waits: a newer request replaces the waiting one, and the running one's
 * answer is dropped when it arrives (elk can't be interrupted; the worker goes on to the newest).
 */
export function createLayoutClient(workerFactory: () => LayoutWorker = startElkWorker): LayoutClient {
  let worker: LayoutWorker | null = null;
  let running: Job | null = null;
  let waiting: Job | null = null;
  let latest = WARM_UP_ID;
  let warmUpsLeft = 0;

  const ensureWorker = (): LayoutWorker => {
    if (worker) return worker;
    const created = workerFactory();
    created.onmessage = (event) => answer(event.data);
    created.onerror = (event) => fail(event.message || 'The layout worker stopped unexpectedly.');
    worker = created;
    return created;
  };

  const send = (job: Job) => {
    running = job;
    ensureWorker().postMessage(job.request);
  };

  const answer = (response: LayoutResponse) => {
    if (!running || response.requestId !== running.request.requestId) return;
    const job = running;
    running = null;
    if (response.ok) job.resolve(new Map(response.positions));
    else job.reject(new Error(response.message));
    const next = waiting;
    waiting = null;
    if (next) send(next);
    else if (warmUpsLeft > 0) sendWarmUp();
    // After a large map, elk's worker keeps hundreds of MB it no longer needs (measured: ~300 MB of
    // the renderer's peak at 5,000 cards, held until the page closed). Idle, it is let go; the next
    // layout starts a fresh one, which costs a few hundred ms next to a large layout's seconds.
    else if (job.large) {
      worker?.terminate();
      worker = null;
    }
  };

  // One round at a time, so a real request waits for one small layout at most.
  const sendWarmUp = () => {
    warmUpsLeft -= 1;
    const ignore = () => undefined;
    const request = { requestId: WARM_UP_ID, map: toLayoutMap(warmUpMap()), sizes: [], options: DEFAULT_LAYOUT_OPTIONS, pinned: [] };
    send({ request, resolve: ignore, reject: ignore });
  };

  // A worker that fails (its script did not load, it crashed) is dropped; the next request starts another.
  const fail = (message: string) => {
    warmUpsLeft = 0;
    worker?.terminate();
    worker = null;
    const jobs = [running, waiting];
    running = waiting = null;
    for (const job of jobs) job?.reject(new Error(message));
  };

  // Settles the older requests' promises now; the running graph stays in the worker until done.
  const supersede = () => {
    running?.reject(new Superseded());
    waiting?.reject(new Superseded());
    waiting = null;
  };

  const submit = (request: LayoutRequest, large: boolean) =>
    new Promise<Map<string, Point>>((resolve, reject) => {
      const job = { request, large, resolve, reject };
      if (running) waiting = job;
      else send(job);
    });

  return {
    async layout(map, sizes, options = DEFAULT_LAYOUT_OPTIONS, pinned = new Set()) {
      const requestId = ++latest;
      const started = performance.now();
      supersede();
      if (map.occupations.length + map.steps.length === 0) return { status: 'done', positions: new Map(), ms: 0 };
      try {
        await nextTask();
        if (requestId !== latest) return SUPERSEDED;
        const request = { requestId, map: toLayoutMap(map), sizes: [...sizes], options, pinned: [...pinned] };
        const positions = await submit(request, map.occupations.length > LARGE_MAP_CARDS);
        if (requestId !== latest) return SUPERSEDED;
        return { status: 'done', positions, ms: Math.round(performance.now() - started) };
      } catch (error) {
        if (error instanceof Superseded || requestId !== latest) return SUPERSEDED;
        return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
    },
    warmUp() {
      if (worker || running) return;
      warmUpsLeft = WARM_UP_ROUNDS;
      sendWarmUp();
    },
    dispose() {
      warmUpsLeft = 0;
      supersede();
      running = null;
      worker?.terminate();
      worker = null;
    },
  };
}
