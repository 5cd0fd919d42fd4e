import { formatNumber } from '../describe';
import { NOT_VERIFIED, projectionTime } from '../labor-words';
import type { Occupation, PathwayMap } from '../schema/map';

// Openings against completions, as a sector partnership asks: do the programs that prepare people
// for a job turn out as many a year as the job opens? A side the map does not know stays unknown
// (never 0), and a sum over only some of the programs is said to be partial.

/** The occupation's annual openings, with where and for when they count, and whether the map marks them not verified. */
export type OpeningsSide = { count: number; area?: string; when?: string; notVerified?: true };

/** The sum of its programs' completions: how many programs report one, and the years they count. */
export type CompletionsSide = { sum: number; reporting: number; programs: number; years: number[]; yearNotStated: boolean };

export type Verdict =
  | { kind: 'shortfall'; gap: number }
  | { kind: 'covered'; surplus: number }
  | { kind: 'unknown'; reason: string };

export type OpeningsVsCompletions = {
  occupationId: string;
  title: string;
  openings?: OpeningsSide;
  completions?: CompletionsSide;
  verdict: Verdict;
  /** True when some programs report no completions: a shortfall may be smaller than it reads. */
  partial: boolean;
  /** What the comparison cannot tell: areas that differ or are not stated, years that differ. */
  caveats: string[];
};

const plural = (count: number, one: string, many: string) => `${formatNumber(count)} ${count === 1 ? one : many}`;

function openingsOf(occupation: Occupation): OpeningsSide | undefined {
  const labor = occupation.labor;
  if (labor?.annualOpenings === undefined) return undefined;
  const area = labor.area?.trim() || undefined;
  const when = projectionTime(labor);
  return { count: labor.annualOpenings, ...(area ? { area } : {}), ...(when ? { when } : {}), ...(labor.notVerified === true ? { notVerified: true } : {}) };
}

function completionsOf(occupation: Occupation): CompletionsSide | undefined {
  const programs = occupation.training ?? [];
  const reporting = programs.filter((program) => program.completions !== undefined);
  if (reporting.length === 0) return undefined;
  const years = [...new Set(reporting.flatMap((program) => (program.year !== undefined ? [program.year] : [])))].sort();
  return {
    sum: reporting.reduce((total, program) => total + (program.completions ?? 0), 0),
    reporting: reporting.length,
    programs: programs.length,
    years,
    yearNotStated: reporting.some((program) => program.year === undefined),
  };
}

function verdictOf(occupation: Occupation, openings: OpeningsSide | undefined, completions: CompletionsSide | undefined): Verdict {
  if (!openings) return { kind: 'unknown', reason: 'the map has no annual openings figure' };
  if (!completions) {
    const none = (occupation.training ?? []).length === 0;
    return { kind: 'unknown', reason: none ? 'the map lists no training programs' : 'no training program reports completions' };
  }
  const gap = openings.count - completions.sum;
  return gap > 0 ? { kind: 'shortfall', gap } : { kind: 'covered', surplus: -gap };
}

function caveatsOf(map: PathwayMap, openings: OpeningsSide | undefined, completions: CompletionsSide | undefined): string[] {
  if (!openings || !completions) return [];
  const caveats: string[] = [];
  const region = map.region?.trim();
  if (!openings.area) {
    caveats.push('the openings do not say where they count');
  } else if (!region) {
    caveats.push(`the openings count ${openings.area}; the map does not say where its programs are`);
  } else if (openings.area.toLowerCase() !== region.toLowerCase()) {
    caveats.push(`the openings count ${openings.area}, the programs are this map's, in ${region}`);
  }
  const missingYears = completions.yearNotStated;
  if (completions.years.length === 0) caveats.push('the completions do not say which year they count');
  else if (completions.years.length > 1 || missingYears) {
    caveats.push(`the completions count different years (${completions.years.join(', ')}${missingYears ? ', some not stated' : ''})`);
  }
  return caveats;
}

/** One occupation's openings against its programs' completions, with a verdict and what it cannot tell. */
export function openingsVsCompletions(map: PathwayMap, occupation: Occupation): OpeningsVsCompletions {
  const openings = openingsOf(occupation);
  const completions = completionsOf(occupation);
  return {
    occupationId: occupation.id,
    title: occupation.title,
    ...(openings ? { openings } : {}),
    ...(completions ? { completions } : {}),
    verdict: verdictOf(occupation, openings, completions),
    partial: completions !== undefined && completions.reporting < completions.programs,
    caveats: caveatsOf(map, openings, completions),
  };
}

/** "Completions fall short of openings by 120 a year", "Completions cover openings", "Not known: …". */
export function verdictText(comparison: OpeningsVsCompletions): string {
  const { verdict, partial } = comparison;
  if (verdict.kind === 'unknown') return `Not known: ${verdict.reason}`;
  if (verdict.kind === 'covered') return 'Completions cover openings';
  const known = partial ? 'Completions known so far fall' : 'Completions fall';
  return `${known} short of openings by ${formatNumber(verdict.gap)} a year`;
}

/** "1,200 a year (annual average), 2020–2030, Massachusetts", "… (not verified)" as the labor texts say it, or "not known". */
export function openingsText(side: OpeningsSide | undefined): string {
  if (!side) return 'not known';
  const text = [`${formatNumber(side.count)} a year (annual average)`, side.when ?? 'period not stated', side.area ?? 'area not stated'].join(', ');
  return side.notVerified === true ? `${text} ${NOT_VERIFIED}` : text;
}

/** "45 a year, 2024 (partial: 1 of 2 programs report completions)" or "not known". */
export function completionsText(side: CompletionsSide | undefined): string {
  if (!side) return 'not known';
  const years = side.years.length > 0 ? side.years.join(', ') : 'year not stated';
  const partial =
    side.reporting < side.programs ? ` (partial: ${formatNumber(side.reporting)} of ${plural(side.programs, 'program reports', 'programs report')} completions)` : '';
  return `${formatNumber(side.sum)} a year, ${years}${partial}`;
}

/** The order of the map's table: shortfalls first (largest first), then covered, then not known. */
const RANK: Record<Verdict['kind'], number> = { shortfall: 0, covered: 1, unknown: 2 };

/** Every occupation with openings or completions, shortfalls first. */
export function mapOpeningsVsCompletions(map: PathwayMap): OpeningsVsCompletions[] {
  return map.occupations
    .map((occupation) => openingsVsCompletions(map, occupation))
    .filter((row) => row.openings !== undefined || row.completions !== undefined)
    .sort((a, b) => {
      const rank = RANK[a.verdict.kind] - RANK[b.verdict.kind];
      if (rank !== 0) return rank;
      return a.verdict.kind === 'shortfall' && b.verdict.kind === 'shortfall' ? b.verdict.gap - a.verdict.gap : 0;
    });
}

/**
 * The shortfall across the map, where a total means something: the gaps of the shortfalls whose sums
 * are whole (a partial sum only bounds its gap), and only when their openings all count the same
 * area (openings of a state and of the nation don't add). A surplus in one job fills no gap in another.
 */
export type ShortfallTotal = { kind: 'total'; gap: number; occupations: number; area: string } | { kind: 'none'; reason: string };

export function shortfallTotal(rows: readonly OpeningsVsCompletions[]): ShortfallTotal {
  const whole = rows.filter((row) => row.verdict.kind === 'shortfall' && !row.partial);
  if (whole.length === 0) return { kind: 'none', reason: 'no occupation has a known shortfall from whole sums' };
  const areas = new Set(whole.map((row) => row.openings?.area));
  const [area] = areas;
  if (areas.size > 1 || area === undefined) {
    return { kind: 'none', reason: 'the openings count different areas or do not say where, so they do not add up' };
  }
  const gap = whole.reduce((total, row) => total + (row.verdict.kind === 'shortfall' ? row.verdict.gap : 0), 0);
  return { kind: 'total', gap, occupations: whole.length, area };
}

/** "Together, completions fall short of openings by 300 a year in 2 occupations (Massachusetts)". */
export function shortfallTotalText(total: ShortfallTotal): string {
  if (total.kind === 'none') return `No total: ${total.reason}.`;
  return `Together, completions fall short of openings by ${formatNumber(total.gap)} a year in ${plural(total.occupations, 'occupation', 'occupations')} (openings in ${total.area}).`;
}
