import type { PathwayMap, TransitionKind } from '../domain/schema/map';
import type { Point } from './layout-options';

/** A card (occupation or step) as layout sees it: where it belongs (level, group) and where it was put by hand. */
export type LayoutCard = {
  id: string;
  /** The id of one of the map's levels. */
  level?: string | undefined;
  groupId?: string | undefined;
  position?: Point | undefined;
};

/**
 * The part of a map that layout reads. This, not the whole map, is what is copied to the layout
 * worker: copying a 2,000-card map with its wages, programs and skills would itself block the page.
 * `levels` are the map's level ids in order: one band of columns each, left to right.
 */
export type LayoutMap = {
  levels: readonly string[];
  groups: readonly { id: string }[];
  cards: readonly LayoutCard[];
  transitions: readonly { from: string; to: string; kind?: TransitionKind | undefined }[];
};

export function toLayoutMap(map: PathwayMap): LayoutMap {
  return {
    levels: map.levels.map(({ id }) => id),
    groups: map.groups.map(({ id }) => ({ id })),
    cards: [...map.occupations, ...map.steps].map(({ id, level, groupId, position }) => ({ id, level, groupId, position })),
    transitions: map.transitions.map(({ from, to, kind }) => ({ from, to, kind })),
  };
}
