import type { Draft } from 'immer';
import { CURRENT_SCHEMA_VERSION } from '../migrations/index';
import type { Group, PathwayMap } from '../schema/map';
import { DEFAULT_LEVELS } from '../schema/level';
import { setFields } from './set-fields';

/** The map's own fields (title, description, region…); its lists and id are changed elsewhere. */
export function updateMapFields(draft: Draft<PathwayMap>, patch: Partial<PathwayMap>): void {
  const { id, schemaVersion, occupations, steps, transitions, groups, ...fields } = patch;
  setFields(draft as PathwayMap, fields);
}

export function setGroups(draft: Draft<PathwayMap>, groups: Group[]): void {
  draft.groups = groups;
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
    levels: DEFAULT_LEVELS.map((level) => ({ ...level })),
    groups: [],
    occupations: [],
    steps: [],
    transitions: [],
    hiringEvents: [],
    feedback: [],
    sources: [],
  };
}
