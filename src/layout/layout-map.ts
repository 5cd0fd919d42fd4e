import type { OccupationLevel, PathwayMap, TransitionKind } from '../domain/schema/map';
import type { Point } from './layout-options';

/** An occupation as layout sees it: where it belongs (level, group) and where it was put by hand. */
export type LayoutOccupation = {
  id: string;
  level?: OccupationLevel | undefined;
  groupId?: string | undefined;
  position?: Point | undefined;
};

/**
 * The part of a map that layout reads. This, not the whole map, is what is copied to the layout
 * worker: copying a 2,000-card map with its wages, programs and skills would itself block the page.
 */
export type LayoutMap = {
  groups: readonly { id: string }[];
  occupations: readonly LayoutOccupation[];
  transitions: readonly { from: string; to: string; kind?: TransitionKind | undefined }[];
};

export function toLayoutMap(map: PathwayMap): LayoutMap {
  return {
    groups: map.groups.map(({ id }) => ({ id })),
    occupations: map.occupations.map(({ id, level, groupId, position }) => ({ id, level, groupId, position })),
    transitions: map.transitions.map(({ from, to, kind }) => ({ from, to, kind })),
  };
}
