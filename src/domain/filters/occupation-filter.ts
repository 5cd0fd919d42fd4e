import type { EducationLevel, Level, Occupation } from '../schema/map';
import { convertWage } from '../graph/route-wages';
import { priceText } from '../wage-words';
import { hasBrightOutlookBasis } from '../bright-outlook';

/**
 * What a coach or student can narrow the map to. Cards that do not match are dimmed, never removed,
 * so the ladder keeps its shape.
 */
export type OccupationFilter = {
  /** A registered apprenticeship or a pre-apprenticeship. */
  apprenticeable: boolean;
  /** Entry education at most a postsecondary nondegree award. */
  noDegree: boolean;
  /** Flagged by Bright Outlook for rapid growth (a flag for openings alone, or with no basis stated, is not growth). */
  highGrowth: boolean;
  /** Flagged by Bright Outlook for numerous openings. */
  manyOpenings: boolean;
  /** Designated priority or critical. */
  priority: boolean;
  /** The least a job should pay, in dollars per hour (yearly wages are compared at 2,080 hours). */
  minHourlyWage: number | undefined;
  /** One of the map's own levels, by id; undefined for any level. */
  level: string | undefined;
};

export type FilterKey = keyof OccupationFilter;

export const NO_FILTER: OccupationFilter = {
  apprenticeable: false,
  noDegree: false,
  highGrowth: false,
  manyOpenings: false,
  priority: false,
  minHourlyWage: undefined,
  level: undefined,
};

const NO_DEGREE_EDUCATION: ReadonlySet<EducationLevel> = new Set(['none', 'high-school', 'postsecondary-nondegree']);

/** The flags in the order the filter bar shows them, with their names. */
export const FILTER_FLAGS = [
  { key: 'apprenticeable', label: 'Apprenticeable' },
  { key: 'noDegree', label: 'No degree needed' },
  { key: 'highGrowth', label: 'High growth' },
  { key: 'manyOpenings', label: 'Many openings' },
  { key: 'priority', label: 'Priority or critical' },
] as const satisfies readonly { key: FilterKey; label: string }[];

export type FlagKey = (typeof FILTER_FLAGS)[number]['key'];

/**
 * The wage an occupation is compared at, in dollars per hour: the wage figure (`wage.amount`, whatever
 * its statistic), else the top of the range, else (only a minimum is known) the minimum. Undefined
 * when no wage is recorded.
 */
export function comparableHourlyWage(occupation: Occupation): number | undefined {
  const wage = occupation.wage;
  if (!wage) return undefined;
  const figure = wage.amount ?? wage.max ?? wage.min;
  if (figure === undefined) return undefined;
  return convertWage(figure, wage.unit, 'hour');
}

/** Whether an occupation passes every active part of the filter. Unknown facts never pass. */
export function matchesFilter(occupation: Occupation, filter: OccupationFilter): boolean {
  if (filter.apprenticeable && !isApprenticeable(occupation)) return false;
  if (filter.noDegree && !(occupation.education !== undefined && NO_DEGREE_EDUCATION.has(occupation.education))) return false;
  if (filter.highGrowth && !hasBrightOutlookBasis(occupation, 'rapid-growth')) return false;
  if (filter.manyOpenings && !hasBrightOutlookBasis(occupation, 'numerous-openings')) return false;
  if (filter.priority && occupation.designation === undefined) return false;
  if (filter.minHourlyWage !== undefined) {
    const hourly = comparableHourlyWage(occupation);
    if (hourly === undefined || hourly < filter.minHourlyWage) return false;
  }
  // A card with no level is not at any level: like every unknown, it does not pass.
  if (filter.level !== undefined && occupation.level !== filter.level) return false;
  return true;
}

function isApprenticeable(occupation: Occupation): boolean {
  return occupation.apprenticeship?.registered === true || occupation.apprenticeship?.preApprenticeship === true;
}

export function isFilterActive(filter: OccupationFilter): boolean {
  return FILTER_FLAGS.some(({ key }) => filter[key]) || filter.minHourlyWage !== undefined || filter.level !== undefined;
}

/**
 * The filter as it applies to a map with these levels: a level the map does not have (another map's,
 * or one since removed) is cleared rather than dimming every card. The same filter back when it fits.
 */
export function fitFilterToLevels(filter: OccupationFilter, levels: readonly Level[]): OccupationFilter {
  if (filter.level === undefined || levels.some((level) => level.id === filter.level)) return filter;
  return { ...filter, level: undefined };
}

/** The ids of the occupations the filter leaves out (dimmed on the canvas); none while it is off. */
export function leftOutIds(occupations: readonly Occupation[], filter: OccupationFilter): ReadonlySet<string> {
  if (!isFilterActive(filter)) return NONE_LEFT_OUT;
  return new Set(occupations.filter((occupation) => !matchesFilter(occupation, filter)).map((occupation) => occupation.id));
}
const NONE_LEFT_OUT: ReadonlySet<string> = new Set();

/** How an occupation the filters leave out is marked in words (the outline, search results, card descriptions). */
export const LEFT_OUT_LABEL = 'Does not match the filters';

/** "At least $20 an hour", "At least $18.50 an hour". */
export function wageFloorLabel(minHourlyWage: number): string {
  return `At least ${priceText(minHourlyWage)} an hour`;
}

/** "Level: Middle level". */
export function levelFilterLabel(levelLabel: string): string {
  return `Level: ${levelLabel}`;
}

/** One chip per active part of the filter, in the filter bar's order; the level named by the map's label. */
export function activeFilterLabels(filter: OccupationFilter, levels: readonly Level[]): { key: FilterKey; label: string }[] {
  const labels: { key: FilterKey; label: string }[] = FILTER_FLAGS.filter(({ key }) => filter[key]).map(({ key, label }) => ({ key, label }));
  if (filter.minHourlyWage !== undefined) labels.push({ key: 'minHourlyWage', label: wageFloorLabel(filter.minHourlyWage) });
  const level = levels.find(({ id }) => id === filter.level);
  if (level) labels.push({ key: 'level', label: levelFilterLabel(level.label) });
  return labels;
}

/** The filter with one part turned off. */
export function withoutFilter(filter: OccupationFilter, key: FilterKey): OccupationFilter {
  return { ...filter, [key]: NO_FILTER[key] };
}
