import type { PathwayMap } from '../domain/schema/map';
import { parseMap } from '../domain/parse';
import { serializeMapCompact } from '../domain/serialize';

/**
 * A map's unsaved state, written synchronously to localStorage as the page unloads. An IndexedDB
 * write begun in `beforeunload` or `pagehide` needs several turns of the event loop, and the page
 * can be gone before it commits (an edit made just before a reload was lost, about one run in ten);
 * a localStorage write is done when `setItem` returns. The next page to start stores it properly.
 */
export type JournalEntry = {
  map: PathwayMap;
  /** The stored revision this tab's edits were based on (0 = not stored yet). */
  expectedRevision: number;
  /** The tab that wrote it: a newer revision saved by that same tab holds nothing newer than this. */
  tabId: string;
};

export type UnsavedMap = { map: PathwayMap; expectedRevision: number };

const PREFIX = 'pathway-studio:unsaved-map:';

function localArea(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // blocked by the browser's settings
  }
}

/** Writes each map's entry; one that does not fit (quota) is skipped: the browser's leave warning was shown. */
export function writeJournal(unsaved: UnsavedMap[], tabId: string, storage: Storage | undefined = localArea()): void {
  if (!storage) return;
  for (const { map, expectedRevision } of unsaved) {
    try {
      storage.setItem(PREFIX + map.id, JSON.stringify({ json: serializeMapCompact(map), expectedRevision, tabId }));
    } catch {
      // Full or blocked: the IndexedDB flush still runs and may yet finish.
    }
  }
}

/** Every readable entry; one that can't be read (damaged, from a future version) is left where it is. */
export function readJournal(storage: Storage | undefined = localArea()): JournalEntry[] {
  if (!storage) return [];
  const entries: JournalEntry[] = [];
  for (const key of journalKeys(storage)) {
    const entry = readEntry(storage.getItem(key));
    if (entry && PREFIX + entry.map.id === key) entries.push(entry);
  }
  return entries;
}

export function forgetJournal(mapId: string, storage: Storage | undefined = localArea()): void {
  try {
    storage?.removeItem(PREFIX + mapId);
  } catch {
    // Blocked: nothing was written either.
  }
}

function journalKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

function readEntry(raw: string | null): JournalEntry | undefined {
  if (raw === null) return undefined;
  try {
    const value = JSON.parse(raw) as { json?: unknown; expectedRevision?: unknown; tabId?: unknown };
    if (typeof value.json !== 'string' || typeof value.tabId !== 'string') return undefined;
    const expectedRevision = Number.isSafeInteger(value.expectedRevision) ? (value.expectedRevision as number) : 0;
    const parsed = parseMap(value.json);
    return parsed.ok ? { map: parsed.map, expectedRevision, tabId: value.tabId } : undefined;
  } catch {
    return undefined;
  }
}
