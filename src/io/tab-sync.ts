import { createTabId } from './storage-tab-id';

export type TabSyncEvent = { kind: 'saved' | 'deleted'; mapId: string; revision?: number; tabId: string };
export type TabSyncListener = (event: TabSyncEvent) => void;

export type TabSync = {
  readonly tabId: string;
  announceSaved(mapId: string, revision: number): void;
  announceDeleted(mapId: string): void;
  /** Events from other tabs only. Returns an unsubscribe. */
  onChange(listener: TabSyncListener): () => void;
  close(): void;
};

export type TabSyncOptions = { channelName?: string; tabId?: string; BroadcastChannelImpl?: typeof BroadcastChannel };

export const DEFAULT_CHANNEL_NAME = 'pathway-studio-maps';
const MAX_ID_LENGTH = 1000;

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

/** Any page of this origin can post on the channel, so a message is checked before it is believed. */
export function readTabSyncMessage(data: unknown): TabSyncEvent | null {
  if (typeof data !== 'object' || data === null) return null;
  const { kind, mapId, revision, tabId } = data as Record<string, unknown>;
  if (!isId(mapId) || !isId(tabId)) return null;
  if (kind === 'deleted') return { kind, mapId, tabId };
  if (kind === 'saved' && Number.isSafeInteger(revision) && (revision as number) >= 1) {
    return { kind, mapId, revision: revision as number, tabId };
  }
  return null;
}

/** Tells other tabs of this site when a map is saved or deleted. Where BroadcastChannel is missing, it does nothing. */
export function createTabSync(options: TabSyncOptions = {}): TabSync {
  const tabId = options.tabId ?? createTabId();
  const listeners = new Set<TabSyncListener>();
  const channel = openChannel(options.BroadcastChannelImpl ?? globalThis.BroadcastChannel, options.channelName ?? DEFAULT_CHANNEL_NAME);

  if (channel) {
    channel.onmessage = (message: MessageEvent<unknown>) => {
      const event = readTabSyncMessage(message.data);
      if (!event || event.tabId === tabId) return;
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          // One failing listener must not keep the news from the others; the error is still reported.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    };
  }

  const post = (event: TabSyncEvent) => {
    try {
      channel?.postMessage(event);
    } catch {
      // A closed channel: other tabs will catch up when they next load.
    }
  };

  return {
    tabId,
    announceSaved: (mapId, revision) => post({ kind: 'saved', mapId, revision, tabId }),
    announceDeleted: (mapId) => post({ kind: 'deleted', mapId, tabId }),
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel?.close();
    },
  };
}

function openChannel(Impl: typeof BroadcastChannel | undefined, name: string): BroadcastChannel | null {
  if (typeof Impl !== 'function') return null;
  try {
    return new Impl(name);
  } catch {
    return null;
  }
}
