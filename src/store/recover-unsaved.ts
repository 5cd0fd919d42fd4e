import type { PathwayMap } from '../domain/schema/map';
import { serializeMapCompact } from '../domain/serialize';
import type { StoredMap, UnreadableMap } from '../io/storage-record';
import type { JournalEntry } from '../io/unload-journal';

/**
 * What to do with each map a page kept in the unload journal as it left, given what storage holds now:
 * - `stored`: storage already holds exactly it (the page's last write did land): forget the entry;
 * - `replace`: it is the newest state of its stored map: show it and store it over that map;
 * - `add`: its map is not stored (never was, or was removed meanwhile): store it as a map again;
 * - `copy`: another tab stored other work over the same base: keep both, this one as a copy.
 */
export type Recovery =
  | { kind: 'stored'; mapId: string }
  | { kind: 'replace'; map: PathwayMap }
  | { kind: 'add'; map: PathwayMap }
  | { kind: 'copy'; mapId: string; map: PathwayMap };

export const RECOVERED_COPY_SUFFIX = ' (unsaved changes)';

export function planRecovery(journal: JournalEntry[], stored: StoredMap[], unreadable: UnreadableMap[]): Recovery[] {
  const storedById = new Map(stored.map((entry) => [entry.map.id, entry]));
  const unreadableIds = new Set(unreadable.map((entry) => entry.id));
  return journal.map((entry): Recovery => {
    const mapId = entry.map.id;
    const current = storedById.get(mapId);
    if (!current) {
      // A row that can't be read is never written over: keep the edits beside it.
      return unreadableIds.has(mapId) ? copyOf(entry) : { kind: 'add', map: entry.map };
    }
    if (serializeMapCompact(current.map) === serializeMapCompact(entry.map)) return { kind: 'stored', mapId };
    // A later revision written by the same tab is one of its own saves that landed after the journal
    // was written; the journal, written as the tab left, is at least as new.
    const newestFromThatTab = current.revision === entry.expectedRevision || (current.savedByTab === entry.tabId && current.revision > entry.expectedRevision);
    return newestFromThatTab ? { kind: 'replace', map: entry.map } : copyOf(entry);
  });
}

function copyOf(entry: JournalEntry): Recovery {
  return { kind: 'copy', mapId: entry.map.id, map: { ...entry.map, title: `${entry.map.title}${RECOVERED_COPY_SUFFIX}` } };
}
