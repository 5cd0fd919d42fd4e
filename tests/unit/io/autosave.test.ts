import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { createAutosave, type SaveStatus } from '../../../src/io/autosave';
import { openMapRepository, type MapRepository } from '../../../src/io/library-db';
import { flushWhenPageHides } from '../../../src/io/page-lifecycle';
import { buildMap } from '../../support/build-map';

let factory: IDBFactory;
let repositories: MapRepository[];
let statuses: SaveStatus['kind'][];
let saves: Array<{ title: string; expectedRevision: number }>;
let inFlight: { now: number; most: number };
let gate: Promise<void>;

const titled = (title: string): PathwayMap => buildMap({ title });

function repository(tabId: string): MapRepository {
  const repo = openMapRepository({ indexedDB: factory, tabId });
  repositories.push(repo);
  return repo;
}

/** A real repository that records each save and can be held open, to watch saves queue up. */
function watchedAutosave() {
  const repo = repository('tab-a');
  return createAutosave({
    onStatus: (_id, status) => statuses.push(status.kind),
    repository: {
      async save(map, expectedRevision, options) {
        saves.push({ title: map.title, expectedRevision });
        inFlight.most = Math.max(inFlight.most, ++inFlight.now);
        await gate;
        return repo.save(map, expectedRevision, options).finally(() => void (inFlight.now -= 1));
      },
    },
  });
}

/** Keeps the next saves waiting until the returned function is called. */
function holdSaves(): () => void {
  let release = () => undefined as void;
  gate = new Promise((resolve) => (release = resolve));
  return release;
}

const fillStorage = () =>
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });

const storedTitle = async () => ((await repository('reader').load('test-map')) as { map?: PathwayMap } | undefined)?.map?.title;

beforeEach(() => {
  // Only timers and the clock are faked: fake-indexeddb runs its work on the real setImmediate.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  factory = new IDBFactory();
  repositories = [];
  statuses = [];
  saves = [];
  inFlight = { now: 0, most: 0 };
  gate = Promise.resolve();
});
afterEach(() => {
  repositories.forEach((repo) => repo.close());
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('autosave', () => {
  it('saves a burst of ten changes once, with the last one, when the delay has passed', async () => {
    const autosave = watchedAutosave();
    for (let i = 1; i <= 10; i++) {
      autosave.schedule(titled(`edit ${i}`));
      await vi.advanceTimersByTimeAsync(20);
    }
    await vi.advanceTimersByTimeAsync(379);
    expect(saves).toEqual([]);
    expect(autosave.hasPending('test-map')).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    await autosave.flush();
    expect(saves).toEqual([{ title: 'edit 10', expectedRevision: 0 }]);
    expect(await storedTitle()).toBe('edit 10');
    expect(autosave.revisionOf('test-map')).toBe(1);
    expect(autosave.hasPending()).toBe(false);
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
  });

  it('saves within a second while changes keep coming', async () => {
    const autosave = watchedAutosave();
    for (let elapsed = 0; elapsed < 1000; elapsed += 100) {
      autosave.schedule(titled(`at ${elapsed} ms`));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saves.length).toBeGreaterThanOrEqual(1);
  });

  it('saves at once on flush, without waiting for the delay', async () => {
    const autosave = watchedAutosave();
    autosave.schedule(titled('closing the tab'));
    await autosave.flush();
    expect(await storedTitle()).toBe('closing the tab');
  });

  it('never runs two saves of a map at once: a change made during a save is saved after it', async () => {
    const autosave = watchedAutosave();
    const release = holdSaves();
    autosave.schedule(titled('first'));
    await vi.advanceTimersByTimeAsync(400);
    autosave.schedule(titled('second'));
    await vi.advanceTimersByTimeAsync(400);
    expect(saves).toHaveLength(1);

    release();
    await autosave.flush();
    expect(inFlight.most).toBe(1);
    expect(saves.map((save) => [save.title, save.expectedRevision])).toEqual([['first', 0], ['second', 1]]);
    expect(await storedTitle()).toBe('second');
    expect(statuses).toEqual(['pending', 'saving', 'pending', 'saving', 'saved']);
  });

  it('stops writing when another tab saved newer work, until the user keeps their version', async () => {
    await repository('tab-b').save(titled('v1'), 0);
    const autosave = watchedAutosave();
    autosave.track('test-map', 1);
    await repository('tab-b').save(titled('newer, from tab b'), 1);

    const release = holdSaves();
    autosave.schedule(titled('mine'));
    await vi.advanceTimersByTimeAsync(400);
    autosave.schedule(titled('mine, edited during the refused save'));
    await vi.advanceTimersByTimeAsync(400);
    release();
    await autosave.flush();
    autosave.schedule(titled('mine, edited more'));
    await vi.advanceTimersByTimeAsync(5000);
    await autosave.flush();
    expect(saves).toHaveLength(1);
    expect(await storedTitle()).toBe('newer, from tab b');
    expect(autosave.hasPending('test-map')).toBe(true);

    expect(await autosave.saveNow(titled('mine, edited more'), { force: true })).toMatchObject({ kind: 'saved', revision: 3 });
    expect(await storedTitle()).toBe('mine, edited more');
    expect(statuses).toEqual(['pending', 'saving', 'conflict', 'saving', 'saved']);
  });

  it('writes again after the user reloads the newer version, and forgets the held change', async () => {
    await repository('tab-b').save(titled('v1'), 0);
    const autosave = watchedAutosave();
    autosave.track('test-map', 0); // this tab thinks the map is new: a conflict
    autosave.schedule(titled('held'));
    await autosave.flush();
    expect(statuses.at(-1)).toBe('conflict');

    autosave.track('test-map', 1);
    expect([autosave.hasPending('test-map'), statuses.at(-1)]).toEqual([false, 'saved']);
    autosave.schedule(titled('edited after reload'));
    await autosave.flush();
    expect(await storedTitle()).toBe('edited after reload');
    expect(saves.map((save) => save.title)).toEqual(['held', 'edited after reload']);
  });

  it('keeps a storage failure showing until a save works, and retries the kept change on flush', async () => {
    const autosave = watchedAutosave();
    const put = fillStorage();
    autosave.schedule(titled('too big'));
    await autosave.flush();
    autosave.schedule(titled('still too big'));
    await autosave.flush();
    expect(autosave.hasPending('test-map')).toBe(true);

    put.mockRestore();
    await autosave.flush();
    expect(await storedTitle()).toBe('still too big');
    expect(saves.map((save) => save.title)).toEqual(['too big', 'still too big', 'still too big']);
    expect(statuses).toEqual(['pending', 'saving', 'failed', 'saved']);
  });
});

describe('flushWhenPageHides', () => {
  // Node has no BeforeUnloadEvent: a stand-in whose returnValue can be set, as a browser's can.
  class BeforeUnloadStandIn extends Event {
    override returnValue = true;
  }

  it('asks the browser to warn before leaving while changes are not stored yet, and starts storing them', () => {
    const document = Object.assign(new EventTarget(), { visibilityState: 'visible' }) as unknown as Document;
    const window = new EventTarget() as Window;
    let pending = true;
    const flush = vi.fn(() => Promise.resolve());
    flushWhenPageHides({ flush, hasPending: () => pending }, { target: { document, window } });

    const leaving = new BeforeUnloadStandIn('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(flush).toHaveBeenCalledTimes(1);
    expect(leaving.defaultPrevented).toBe(true);

    pending = false;
    const leavingSaved = new BeforeUnloadStandIn('beforeunload', { cancelable: true });
    window.dispatchEvent(leavingSaved);
    expect(leavingSaved.defaultPrevented).toBe(false);
  });

  it('flushes when the page is hidden or left, and stops after unsubscribe', () => {
    const document = Object.assign(new EventTarget(), { visibilityState: 'visible' }) as unknown as Document & { visibilityState: string };
    const window = new EventTarget() as Window;
    const flush = vi.fn(() => Promise.resolve());
    const stop = flushWhenPageHides({ flush, hasPending: () => false }, { target: { document, window } });

    document.dispatchEvent(new Event('visibilitychange'));
    expect(flush).not.toHaveBeenCalled();
    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(2);

    stop();
    window.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(2);
  });
});
