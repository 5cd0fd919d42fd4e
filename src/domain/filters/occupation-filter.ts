/**
 * What a coach or student can narrow the map to. Cards that do not match are dimmed, never removed,
 * so the ladder keeps its shape.
 */
export type OccupationFilter = {
  /** A registered apprenticeship or a pre-apprenticeship. */
  apprenticeable: boolean;
  /** Entry education at most a postsecondary nondegree award. */
  noDegree: boolean;
  highGrowth: boolean;
  /** Designated priority or critical. */
  priority: boolean;
  /** The least a job should pay, in dollars per hour (yearly wages are compared at 2,080 hours). */
  minHourlyWage: number | undefined;
};

export const NO_FILTER: OccupationFilter = {
  apprenticeable: false,
  noDegree: false,
  highGrowth: false,
  priority: false,
  minHourlyWage: undefined,
};
