import { laborFigures } from '../labor-words';
import type { PathwayMap } from '../schema/map';
import type { HealthContext } from './context';
import { figureDate, freshSince, staleAfterMonths, type FigureDate } from './figure-age';
import { FINDING_SEVERITY, type StaleLaborFinding, type StaleWageFinding } from './finding';
import { nameOf } from './wording';

const setting = (months: number) => `older than ${months} months (this map's setting)`;

function sourceById(map: PathwayMap, id: string | undefined) {
  return id === undefined ? undefined : map.sources.find((source) => source.id === id);
}

const isStale = (dated: FigureDate | undefined, oldestFresh: string): dated is FigureDate => dated !== undefined && dated.date < oldestFresh;

/**
 * Stale wage: its year (else its source's year, else the day its source was read) is more than the
 * map's `staleAfterMonths` (default 18) before `today`. A wage nothing dates can't be judged.
 */
export function findStaleWages(map: PathwayMap, context: HealthContext): StaleWageFinding[] {
  const months = staleAfterMonths(map);
  const oldestFresh = freshSince(context.today, months);
  return map.occupations.flatMap((occupation, index): StaleWageFinding[] => {
    const wage = occupation.wage;
    const dated = wage && figureDate(wage.year, 'year', sourceById(map, wage.sourceId));
    if (!isStale(dated, oldestFresh)) return [];
    return [
      {
        code: 'stale-wage',
        severity: FINDING_SEVERITY['stale-wage'],
        targetId: occupation.id,
        targetKind: 'occupation',
        path: `occupations[${index}].wage.${dated.field === 'source' ? 'sourceId' : 'year'}`,
        message: `${nameOf(occupation.title)}: wage ${dated.from} is ${setting(months)}. Update it from the latest OEWS release and set its year.`,
        date: dated.date,
      },
    ];
  });
}

/**
 * Stale labor figures: dated by the older of their count year and the start of their projection
 * period (so an old projection next to a new head count is still reported), else by their source.
 */
export function findStaleLabor(map: PathwayMap, context: HealthContext): StaleLaborFinding[] {
  const months = staleAfterMonths(map);
  const oldestFresh = freshSince(context.today, months);
  return map.occupations.flatMap((occupation, index): StaleLaborFinding[] => {
    const labor = occupation.labor;
    if (!labor || laborFigures(labor).length === 0) return [];
    const periodFirst = labor.period !== undefined && (labor.year === undefined || labor.period.from < labor.year);
    const dated = periodFirst
      ? figureDate(labor.period?.from, 'period', undefined)
      : figureDate(labor.year, 'year', sourceById(map, labor.sourceId));
    if (!isStale(dated, oldestFresh)) return [];
    return [
      {
        code: 'stale-labor',
        severity: FINDING_SEVERITY['stale-labor'],
        targetId: occupation.id,
        targetKind: 'occupation',
        path: `occupations[${index}].labor.${dated.field === 'source' ? 'sourceId' : dated.field}`,
        message: `${nameOf(occupation.title)}: labor figures ${dated.from} are ${setting(months)}. Update them from the latest release of their source.`,
        date: dated.date,
      },
    ];
  });
}
