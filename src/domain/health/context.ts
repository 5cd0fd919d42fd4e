import type { PathwayMap } from '../schema/map';

/** What every rule may need besides the map, built once per check. */
export type HealthContext = {
  /** The day of the check, injected: the model reads no clock. */
  readonly today: Date;
  /** Position of each occupation id in `map.occupations`, for paths and names. */
  readonly occupationIndex: ReadonlyMap<string, number>;
};

export function healthContext(map: PathwayMap, today: Date): HealthContext {
  return { today, occupationIndex: new Map(map.occupations.map((occupation, index) => [occupation.id, index])) };
}

/** A health rule: pure, findings in file order. */
export type HealthRule<F> = (map: PathwayMap, context: HealthContext) => F[];

/** The occupation with this id, or undefined (parse refuses references to missing ids). */
export function occupationById(map: PathwayMap, context: HealthContext, id: string) {
  const index = context.occupationIndex.get(id);
  return index === undefined ? undefined : map.occupations[index];
}
