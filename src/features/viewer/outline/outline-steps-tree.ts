import type { Level, PathwayMap, Step } from '../../../domain/schema/map';

/** One of the map's levels (undefined: "Level not set") with its steps in map order. */
export type OutlineStepLevel = { level: Level | undefined; steps: Step[] };

/**
 * The map's steps (credentials, programs, experience, milestones) under its own levels, in the map's
 * level order, then the steps with no level (or a level the map does not list). Every step appears
 * once; levels without steps are left out.
 */
export function outlineSteps(map: PathwayMap): OutlineStepLevel[] {
  const known = new Set(map.levels.map((level) => level.id));
  const byLevel = new Map<string | undefined, Step[]>();
  for (const step of map.steps) {
    const key = step.level !== undefined && known.has(step.level) ? step.level : undefined;
    byLevel.set(key, [...(byLevel.get(key) ?? []), step]);
  }
  const rungs: OutlineStepLevel[] = [];
  for (const level of [...map.levels, undefined]) {
    const steps = byLevel.get(level?.id);
    // A repeated level id would otherwise list its steps twice.
    if (!steps) continue;
    byLevel.delete(level?.id);
    rungs.push({ level, steps });
  }
  return rungs;
}
