import { readStored, writeStored } from './web-storage';

// Which of a map's ids have left the app (in an exported file or sheet, or because the map came
// from a file), kept in this browser's web storage beside the map rather than in the map: the
// format stays as it is, and a copy of the file elsewhere never carries our bookkeeping.
// Lost storage only makes ids *stay* as they are, never change: the safe side.

const KEY_PREFIX = 'pathway-studio:published-ids:';

export type Published = { mapId: boolean; ids: ReadonlySet<string> };

export function readPublished(mapId: string): Published {
  const stored = readStored('local', KEY_PREFIX + mapId);
  if (stored === null || typeof stored !== 'object') return { mapId: false, ids: new Set() };
  const { mapId: map, ids } = stored as { mapId?: unknown; ids?: unknown };
  return {
    mapId: map === true,
    ids: new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []),
  };
}

/** Adds ids to the map's record and marks its own id as published. */
export function recordPublished(mapId: string, ids: readonly string[]): void {
  const before = readPublished(mapId);
  writeStored('local', KEY_PREFIX + mapId, { mapId: true, ids: [...new Set([...before.ids, ...ids])] });
}
