import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTabSync, type TabSync, type TabSyncEvent } from '../../../src/io/tab-sync';

const toClose: Array<{ close(): void }> = [];
let channelCount = 0;

function channelName(): string {
  channelCount += 1;
  return `tab-sync-test-${channelCount}`;
}

function tab(name: string, tabId: string): TabSync {
  const sync = createTabSync({ channelName: name, tabId });
  toClose.push(sync);
  return sync;
}

function nextEvents(sync: TabSync, count: number): Promise<TabSyncEvent[]> {
  const seen: TabSyncEvent[] = [];
  return new Promise((resolve) => {
    const stop = sync.onChange((event) => {
      seen.push(event);
      if (seen.length === count) {
        stop();
        resolve(seen);
      }
    });
  });
}

afterEach(() => {
  toClose.splice(0).forEach((item) => item.close());
  vi.unstubAllGlobals();
});

describe('tab sync', () => {
  it('tells another tab that a map was saved, then deleted', async () => {
    const name = channelName();
    const editing = tab(name, 'tab-a');
    const watching = tab(name, 'tab-b');
    const events = nextEvents(watching, 2);

    editing.announceSaved('healthcare', 3);
    editing.announceDeleted('healthcare');

    expect(await events).toEqual([
      { kind: 'saved', mapId: 'healthcare', revision: 3, tabId: 'tab-a' },
      { kind: 'deleted', mapId: 'healthcare', tabId: 'tab-a' },
    ]);
  });

  it('ignores malformed messages and messages that claim to come from this tab', async () => {
    const name = channelName();
    const watching = tab(name, 'tab-b');
    const events = nextEvents(watching, 1);
    const stranger = new BroadcastChannel(name);
    toClose.push(stranger);

    for (const junk of [
      null,
      'saved',
      { kind: 'saved', mapId: 'm', tabId: 'x' }, // no revision
      { kind: 'saved', mapId: 'm', revision: -1, tabId: 'x' },
      { kind: 'saved', mapId: 'm', revision: '2', tabId: 'x' },
      { kind: 'renamed', mapId: 'm', tabId: 'x' },
      { kind: 'deleted', mapId: '', tabId: 'x' },
      { kind: 'deleted', mapId: { toString: 'm' }, tabId: 'x' },
      { kind: 'deleted', mapId: 'm' },
      { kind: 'deleted', mapId: 'm', tabId: 'tab-b' }, // our own id
    ]) {
      stranger.postMessage(junk);
    }
    stranger.postMessage({ kind: 'saved', mapId: 'm', revision: 2, tabId: 'tab-c', extra: '<b>ignored</b>' });

    // Messages from one sender arrive in order, so only the last one got through.
    expect(await events).toEqual([{ kind: 'saved', mapId: 'm', revision: 2, tabId: 'tab-c' }]);
  });

  it('stops delivering after unsubscribe', async () => {
    const name = channelName();
    const editing = tab(name, 'tab-a');
    const watching = tab(name, 'tab-b');
    const unsubscribed = vi.fn();
    watching.onChange(unsubscribed)();
    const events = nextEvents(watching, 1);

    editing.announceSaved('m', 1);

    await events;
    expect(unsubscribed).not.toHaveBeenCalled();
  });

  it('does nothing, without throwing, where BroadcastChannel is missing or refused', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const missing = createTabSync({ tabId: 'tab-a' });
    const refused = createTabSync({
      BroadcastChannelImpl: class {
        constructor() {
          throw new DOMException('denied', 'SecurityError');
        }
      } as unknown as typeof BroadcastChannel,
    });

    for (const sync of [missing, refused]) {
      const stop = sync.onChange(() => undefined);
      expect(() => {
        sync.announceSaved('m', 1);
        sync.announceDeleted('m');
        stop();
        sync.close();
      }).not.toThrow();
    }
    expect(missing.tabId).toBe('tab-a');
    expect(refused.tabId).toMatch(/\S/);
  });

  it('does not throw when announcing after close', () => {
    const sync = createTabSync({ channelName: channelName() });
    sync.close();
    expect(() => sync.announceSaved('m', 1)).not.toThrow();
  });
});
