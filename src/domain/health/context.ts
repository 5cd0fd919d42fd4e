import type { PathwayMap } from '../schema/map';

/** What every rule may need besides the map, built once per check. */
export type HealthContext = {
  /** The day of the check, injected: the model reads no clock. */
  readonly today: Date;
  /** Position of each occupation id in `map.occupations`, for paths and names. */
  readonly occupationIndex: ReadonlyMap<string, number>;
  /** Position of each step id in `map.steps`. */
  readonly stepIndex: ReadonlyMap<string, number>;
};

export function healthContext(map: PathwayMap, today: Date): HealthContext {
  return {
    today,
    occupationIndex: new Map(map.occupations.map((occupation, index) => [occupation.id, index])),
    stepIndex: new Map(map.steps.map((step, index) => [step.id, index])),
  };
}

/** A health rule: pure, findings in file order. */
export type HealthRule<F> = (map: PathwayMap, context: HealthContext) => F[];

/** The occupation with this id, or undefined (parse refuses references to missing ids). */
export function occupationById(map: PathwayMap, context: HealthContext, id: string) {
  const index = context.occupationIndex.get(id);
  return index === undefined ? undefined : map.occupations[index];
}

/** The card (occupation or step) with this id, or undefined. */
export function cardById(map: PathwayMap, context: HealthContext, id: string) {
  const step = context.stepIndex.get(id);
  return occupationById(map, context, id) ?? (step === undefined ? undefined : map.steps[step]);
}

/** The id of the map's first level: where people start (v1's 'entry'). */
export const firstLevelId = (map: PathwayMap): string | undefined => map.levels[0]?.id;

/** The id of the map's last level: the top of the ladder (v1's 'advanced'). */
export const lastLevelId = (map: PathwayMap): string | undefined => map.levels.at(-1)?.id;
