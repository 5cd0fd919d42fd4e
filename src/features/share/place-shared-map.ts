import type { PathwayMap } from '../../domain/schema/map';
import { serializeMap } from '../../domain/serialize';

/** Where a shared map goes: a map already in the library, or in as a new one. */
export type Placement = { kind: 'open'; mapId: string } | { kind: 'add' };

/**
 * Opening a link twice must not fill the library with copies, and a map the user already has (the
 * same id, but changed since) must never be overwritten. So: the map with the link's id, if it is
 * identical, opens; so does an identical copy made by an earlier opening (`id-2`, …); otherwise the
 * shared map is added, and the library gives it a new id if its id is taken.
 */
export function placeSharedMap(library: Iterable<PathwayMap>, shared: PathwayMap): Placement {
  let text: string | undefined;
  const sameMap = (candidate: PathwayMap) => {
    text ??= serializeMap(shared);
    return serializeMap(candidate.id === shared.id ? candidate : { ...candidate, id: shared.id }) === text;
  };
  let copy: string | undefined;
  for (const map of library) {
    if (map.id === shared.id) {
      if (sameMap(map)) return { kind: 'open', mapId: map.id };
    } else if (copy === undefined && isCopyId(map.id, shared.id) && map.title === shared.title && sameMap(map)) {
      copy = map.id;
    }
  }
  return copy === undefined ? { kind: 'add' } : { kind: 'open', mapId: copy };
}

/** `id-2`, `id-3`…: the ids the library gives a map whose id was taken (uniqueId). */
function isCopyId(candidate: string, id: string): boolean {
  return candidate.startsWith(`${id}-`) && /^\d+$/.test(candidate.slice(id.length + 1));
}
