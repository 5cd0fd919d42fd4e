import type { EducationLevel, Level, Occupation } from '../schema/map';
import { convertWage } from '../graph/route-wages';
import { priceText } from '../wage-words';
import { hasBrightOutlookBasis } from '../bright-outlook';

// Said where the filters mark a card; kept importable from here.
export { LEFT_OUT_LABEL } from './filter-words';

/**
 * What a coach or student can narrow the map to. Cards that do not match are dimmed, never removed,
 * so the ladder keeps its shape; cards a filter cannot judge (a figure not on file) are "not known"
 * (filter-marks.ts).
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

/**
 * A figure a filter needs that a card may not have on file. Unknown is not "no": a card missing one
 * is "not known" for the filter, never a non-match (issue 15). Apprenticeship and designation are
 * listings (no entry means none is listed, which is what the card's badges say), so they are not here.
 */
export type UnknownFigure = 'education' | 'wage' | 'level' | 'growth-basis';

/** In the order the filter bar shows the filters that need them. */
export const UNKNOWN_FIGURES: readonly UnknownFigure[] = ['education', 'growth-basis', 'wage', 'level'];

/**
 * How a card fares with the filter: it matches every active part; it fails one it has the figure for;
 * or it passes every part it can be judged on and lacks the figure for the others (`missing`).
 */
export type FilterOutcome =
  | { readonly kind: 'match' }
  | { readonly kind: 'no-match' }
  | { readonly kind: 'not-known'; readonly missing: readonly UnknownFigure[] };

const MATCH: FilterOutcome = { kind: 'match' };
const NO_MATCH: FilterOutcome = { kind: 'no-match' };

/** One part of the filter: passes, fails, or the figure it needs is not on file. */
type Verdict = boolean | UnknownFigure;

function educationVerdict(occupation: Occupation): Verdict {
  return occupation.education === undefined ? 'education' : NO_DEGREE_EDUCATION.has(occupation.education);
}

/** Flagged with this basis passes; not flagged fails; flagged with no basis stated is not known. */
function brightOutlookVerdict(occupation: Occupation, basis: 'rapid-growth' | 'numerous-openings'): Verdict {
  if (occupation.highGrowth !== true) return false;
  if ((occupation.highGrowthBasis ?? []).length === 0) return 'growth-basis';
  return hasBrightOutlookBasis(occupation, basis);
}

function wageVerdict(occupation: Occupation, minHourlyWage: number): Verdict {
  const hourly = comparableHourlyWage(occupation);
  return hourly === undefined ? 'wage' : hourly >= minHourlyWage;
}

function verdicts(occupation: Occupation, filter: OccupationFilter): Verdict[] {
  const parts: Verdict[] = [];
  if (filter.apprenticeable) parts.push(isApprenticeable(occupation));
  if (filter.noDegree) parts.push(educationVerdict(occupation));
  if (filter.highGrowth) parts.push(brightOutlookVerdict(occupation, 'rapid-growth'));
  if (filter.manyOpenings) parts.push(brightOutlookVerdict(occupation, 'numerous-openings'));
  if (filter.priority) parts.push(occupation.designation !== undefined);
  if (filter.minHourlyWage !== undefined) parts.push(wageVerdict(occupation, filter.minHourlyWage));
  if (filter.level !== undefined) parts.push(occupation.level === undefined ? 'level' : occupation.level === filter.level);
  return parts;
}

/** Three-valued: a card that fails any part it can be judged on does not match, whatever else is unknown. */
export function filterOutcome(occupation: Occupation, filter: OccupationFilter): FilterOutcome {
  const parts = verdicts(occupation, filter);
  if (parts.includes(false)) return NO_MATCH;
  const missing = UNKNOWN_FIGURES.filter((figure) => parts.includes(figure));
  return missing.length === 0 ? MATCH : { kind: 'not-known', missing };
}

/** Whether an occupation is known to pass every active part of the filter. A card "not known" for it does not. */
export function matchesFilter(occupation: Occupation, filter: OccupationFilter): boolean {
  return filterOutcome(occupation, filter).kind === 'match';
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
