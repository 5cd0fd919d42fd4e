import { CURRENT_SCHEMA_VERSION } from '../migrations/index';
import type { Group, PathwayMap } from '../schema/map';
import { withoutUndefined } from './without-undefined';

/** The map's own fields (title, description, region…); its lists and id are changed elsewhere. */
export function updateMapFields(map: PathwayMap, patch: Partial<PathwayMap>): PathwayMap {
  const { id, schemaVersion, occupations, transitions, groups, ...fields } = patch;
  return withoutUndefined({ ...map, ...fields });
}

export function setGroups(map: PathwayMap, groups: Group[]): PathwayMap {
  return { ...map, groups };
}

/** A new, empty map: the editor's starting point. */
export function createMap(id: string, title: string, now: Date): PathwayMap {
  const stamp = now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    title,
    createdAt: stamp,
    updatedAt: stamp,
    groups: [],
    occupations: [],
    transitions: [],
    hiringEvents: [],
    feedback: [],
    sources: [],
  };
}
