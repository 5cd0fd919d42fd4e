import type { PathwayMap } from '../domain/schema/map';
import type { MapRepository, SaveOutcome } from './library-db';
import type { UnsavedMap } from './unload-journal';

export type SaveStatus =
  // `map`: the map storage holds at that revision, so "Saved" can be checked against the map shown.
  | { kind: 'saved'; revision: number; savedAt: string; map?: PathwayMap }
  | { kind: 'pending' } // changes waiting for the debounce
  | { kind: 'saving' }
  | { kind: 'failed'; message: string } // storage error: lasting; the map in memory is untouched
  | { kind: 'conflict'; storedRevision: number; storedSavedAt: string }; // another tab saved newer work: we do not write

export type AutosaveOptions = {
  repository: Pick<MapRepository, 'save'>;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Longest a change waits while changes keep coming, so steady typing is still saved within a second. */
  maxWaitMs?: number;
  onStatus: (mapId: string, status: SaveStatus) => void;
  onSaved?: (mapId: string, revision: number) => void;
};

export type Autosave = {
  /**
   * The revision loaded from storage (0 for a new map) and, when known, the map it holds. Drops
   * unsaved changes and lifts a conflict.
   */
  track(mapId: string, revision: number, savedAt?: string, map?: PathwayMap): void;
  /**
   * Whether storage holds exactly this map and nothing for it is waiting: "Saved" is derived from
   * what storage holds, never from the previous map in memory (an undo back to how the map opened
   * is a change of what is stored, and must be written).
   */
  isStored(map: PathwayMap): boolean;
  /** The map storage held when this tab last loaded or saved it: the base of a merge with another tab. */
  storedMap(mapId: string): PathwayMap | undefined;
  /** A change happened: saved within delayMs (debounced per map, latest map wins). */
  schedule(map: PathwayMap): void;
  /** Saves everything pending now (page hidden, unload, before navigating). */
  flush(): Promise<void>;
  /** An explicit save: a retry after a failure, or "Keep my version" after a conflict (force). */
  saveNow(map: PathwayMap, options?: { force?: boolean }): Promise<SaveStatus>;
  revisionOf(mapId: string): number | undefined;
  /**
   * The newest state of every map with changes not yet stored (waiting or being written), with the
   * revision it is based on: what the page keeps in synchronous storage as it unloads.
   */
  unstored(): UnsavedMap[];
  /** Changes not yet stored (waiting, being saved, failed or held by a conflict). */
  hasPending(mapId?: string): boolean;
  /** Stops timers and callbacks. Call flush() first to keep pending changes. */
  dispose(): void;
};

type Entry = {
  id: string;
  revision: number;
  pending: PathwayMap | undefined;
  firstChangeAt: number | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Saves of one map run one after another, each expecting the revision the last one wrote. */
  queue: Promise<unknown>;
  queued: number;
  status: SaveStatus | undefined;
  /** The map being written now, until the write ends. */
  writing: PathwayMap | undefined;
  /** The map storage holds (last loaded or written by this tab); undefined when not known. */
  stored: PathwayMap | undefined;
};

// 'pending', 'saving' and an unchanged failure would repeat on every keystroke: say each once.
function isRepeat(previous: SaveStatus | undefined, next: SaveStatus): boolean {
  if (previous?.kind !== next.kind) return false;
  if (next.kind === 'pending' || next.kind === 'saving') return true;
  return next.kind === 'failed' && previous.kind === 'failed' && previous.message === next.message;
}

export function createAutosave(options: AutosaveOptions): Autosave {
  const delayMs = options.delayMs ?? 400;
  const maxWaitMs = Math.max(delayMs, options.maxWaitMs ?? 800);
  const entries = new Map<string, Entry>();
  let disposed = false;

  function entryFor(id: string): Entry {
    let entry = entries.get(id);
    if (!entry) {
      const queue = Promise.resolve();
      entry = { id, revision: 0, pending: undefined, firstChangeAt: undefined, timer: undefined, queue, queued: 0, status: undefined, writing: undefined, stored: undefined };
      entries.set(id, entry);
    }
    return entry;
  }

  const isHeld = (entry: Entry) => entry.status?.kind === 'conflict';
  const isFailing = (entry: Entry) => entry.status?.kind === 'failed';

  function report(entry: Entry, status: SaveStatus): SaveStatus {
    const previous = entry.status;
    entry.status = status;
    if (!disposed && !isRepeat(previous, status)) options.onStatus(entry.id, status);
    return status;
  }

  function clearTimer(entry: Entry): void {
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.timer = undefined;
  }

  function enqueue(entry: Entry, task: () => Promise<SaveStatus>): Promise<SaveStatus> {
    entry.queued += 1;
    const run = entry.queue.then(task).finally(() => {
      entry.queued -= 1;
    });
    entry.queue = run.catch(() => undefined);
    return run;
  }

  function takePending(entry: Entry, fallback?: PathwayMap): PathwayMap | undefined {
    const map = entry.pending ?? fallback;
    entry.pending = undefined;
    entry.firstChangeAt = undefined;
    return map;
  }

  async function write(entry: Entry, map: PathwayMap, force: boolean, announce: boolean): Promise<SaveStatus> {
    if (announce) report(entry, { kind: 'saving' });
    let outcome: SaveOutcome;
    entry.writing = map;
    try {
      outcome = await options.repository.save(map, entry.revision, { force });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      outcome = { ok: false, reason: 'storage', message: `Saving failed unexpectedly: ${detail}` };
    } finally {
      entry.writing = undefined;
    }
    if (outcome.ok) {
      entry.revision = outcome.revision;
      entry.stored = map;
      options.onSaved?.(entry.id, outcome.revision);
      const saved: SaveStatus = { kind: 'saved', revision: outcome.revision, savedAt: outcome.savedAt, map };
      if (entry.pending) report(entry, { kind: 'pending' });
      else report(entry, saved);
      return saved;
    }
    // Not written: the map stays pending, so nothing the user did is forgotten.
    entry.pending ??= map;
    if (outcome.reason === 'conflict') {
      clearTimer(entry);
      return report(entry, { kind: 'conflict', storedRevision: outcome.storedRevision, storedSavedAt: outcome.storedSavedAt });
    }
    // The stored copy is gone: the next try (a change, or the retry) stores the map afresh.
    if (outcome.storeAsNew) entry.revision = 0;
    return report(entry, { kind: 'failed', message: outcome.message });
  }

  // Runs when a debounce fires or on flush: saves whatever is latest by then, unless a conflict holds it.
  function savePending(entry: Entry): Promise<SaveStatus> {
    return enqueue(entry, async () => {
      if (isHeld(entry) || !entry.pending) return entry.status ?? { kind: 'pending' };
      const map = takePending(entry) as PathwayMap;
      // While failing, the banner stays until a save works: no "Saving…" flicker on each retry.
      return write(entry, map, false, !isFailing(entry));
    });
  }

  return {
    track(mapId, revision, savedAt, map) {
      const entry = entryFor(mapId);
      // Memory now holds the stored version, so a conflict, failure or pending change is over.
      const wasUnsaved = entry.status !== undefined && entry.status.kind !== 'saved';
      clearTimer(entry);
      takePending(entry);
      entry.revision = revision;
      entry.stored = revision === 0 ? undefined : map;
      if (savedAt !== undefined || wasUnsaved) report(entry, { kind: 'saved', revision, savedAt: savedAt ?? '', ...(map && { map }) });
    },

    schedule(map) {
      if (disposed) return;
      const entry = entryFor(map.id);
      entry.pending = map;
      if (isHeld(entry)) return; // another tab's newer work is stored: hold changes in memory until the user decides
      const now = Date.now();
      entry.firstChangeAt ??= now;
      clearTimer(entry);
      const wait = Math.max(0, Math.min(delayMs, entry.firstChangeAt + maxWaitMs - now));
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        void savePending(entry);
      }, wait);
      if (entry.queued === 0 && !isFailing(entry)) report(entry, { kind: 'pending' });
    },

    async flush() {
      const runs = [...entries.values()].map((entry) => {
        clearTimer(entry);
        return entry.pending && !isHeld(entry) ? savePending(entry) : entry.queue;
      });
      await Promise.all(runs);
    },

    saveNow(map, saveOptions = {}) {
      const entry = entryFor(map.id);
      clearTimer(entry);
      entry.pending = map;
      // A change scheduled after this call is newer, so it is what gets written.
      // A retry while failing keeps the banner up until a save works: no "Saving…" flicker.
      return enqueue(entry, () => write(entry, takePending(entry, map) as PathwayMap, saveOptions.force === true, !isFailing(entry)));
    },

    revisionOf: (mapId) => entries.get(mapId)?.revision,

    storedMap: (mapId) => entries.get(mapId)?.stored,

    isStored(map) {
      const entry = entries.get(map.id);
      return entry !== undefined && entry.stored === map && entry.pending === undefined && entry.queued === 0;
    },

    unstored() {
      const unsaved: UnsavedMap[] = [];
      for (const entry of entries.values()) {
        const map = entry.pending ?? entry.writing;
        if (map) unsaved.push({ map, expectedRevision: entry.revision });
      }
      return unsaved;
    },

    hasPending(mapId) {
      const pendingIn = (entry: Entry) => entry.pending !== undefined || entry.queued > 0;
      if (mapId !== undefined) {
        const entry = entries.get(mapId);
        return entry !== undefined && pendingIn(entry);
      }
      return [...entries.values()].some(pendingIn);
    },

    dispose() {
      disposed = true;
      entries.forEach(clearTimer);
    },
  };
}
