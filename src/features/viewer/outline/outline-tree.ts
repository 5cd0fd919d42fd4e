import type { Group, Occupation, OccupationLevel, PathwayMap, Transition } from '../../../domain/schema/map';
import { OCCUPATION_LEVELS } from '../../../domain/schema/map';

/** One rung within a group: its occupations in map order. `level` undefined is "Level not set". */
export type OutlineLevel = { level: OccupationLevel | undefined; occupations: Occupation[] };

/** One group (undefined: "Not in a group") with its rungs in ladder order, empty rungs left out. */
export type OutlineGroup = { group: Group | undefined; levels: OutlineLevel[] };

export type OutlineTree = {
  groups: OutlineGroup[];
  /** The moves out of each occupation, in map order. */
  movesFrom: ReadonlyMap<string, Transition[]>;
  byId: ReadonlyMap<string, Occupation>;
};

const LADDER: readonly (OccupationLevel | undefined)[] = [...OCCUPATION_LEVELS, undefined];

function inLadderOrder(occupations: readonly Occupation[]): OutlineLevel[] {
  return LADDER.map((level) => ({ level, occupations: occupations.filter((occupation) => occupation.level === level) })).filter(
    (rung) => rung.occupations.length > 0,
  );
}

/**
 * The map as the outline reads it: groups in the map's order, then the occupations in no group (or in
 * a group the map does not list); within each, entry → middle → advanced → level not set. Every
 * occupation appears exactly once; groups without occupations are left out.
 */
export function outlineTree(map: PathwayMap): OutlineTree {
  const known = new Set(map.groups.map((group) => group.id));
  const members = new Map<string | undefined, Occupation[]>();
  for (const occupation of map.occupations) {
    const key = occupation.groupId !== undefined && known.has(occupation.groupId) ? occupation.groupId : undefined;
    const list = members.get(key) ?? [];
    list.push(occupation);
    members.set(key, list);
  }
  const groups: OutlineGroup[] = [];
  for (const group of [...map.groups, undefined]) {
    const occupations = members.get(group?.id);
    // A repeated group id (the health check reports it) would otherwise list its cards twice.
    if (!occupations || occupations.length === 0) continue;
    members.delete(group?.id);
    groups.push({ group, levels: inLadderOrder(occupations) });
  }
  const movesFrom = new Map<string, Transition[]>();
  for (const move of map.transitions) {
    const list = movesFrom.get(move.from) ?? [];
    list.push(move);
    movesFrom.set(move.from, list);
  }
  return { groups, movesFrom, byId: new Map(map.occupations.map((occupation) => [occupation.id, occupation])) };
}
