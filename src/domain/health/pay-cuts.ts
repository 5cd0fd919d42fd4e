import type { Occupation, PathwayMap, Transition } from '../schema/map';
import { occupationById, type HealthContext } from './context';
import { FINDING_SEVERITY, type PayCutFinding } from './finding';
import { dollarText, perUnitText } from '../wage-words';
import { nameOf } from './wording';

type Median = { median: number; unit: 'hour' | 'year'; year?: number | undefined; area?: string | undefined };

function medianOf(occupation: Occupation | undefined): Median | undefined {
  const wage = occupation?.wage;
  if (wage?.median === undefined) return undefined;
  return { median: wage.median, unit: wage.unit, year: wage.year, area: wage.area };
}

/** Says so when the two figures aren't from the same year or area: the "cut" may be only that. */
function caveat(from: Median, to: Median): string {
  const differences: string[] = [];
  if (from.year !== undefined && to.year !== undefined && from.year !== to.year) differences.push(`years (${from.year} and ${to.year})`);
  if (from.area !== undefined && to.area !== undefined && from.area !== to.area) {
    differences.push(`areas (${nameOf(from.area)} and ${nameOf(to.area)})`);
  }
  return differences.length === 0 ? '' : ` The figures are for different ${differences.join(' and ')}.`;
}

function describeMove(transition: Transition, fromName: string, toName: string): string {
  return transition.kind === 'advancement'
    ? `The advancement from ${fromName} to ${toName}`
    : `The move from ${fromName} to ${toName} (no kind given, so counted as an advancement)`;
}

/**
 * Pay cut: a transition of kind 'advancement', or with no kind, whose target's median wage is lower
 * than its source's. Compared only when both medians are known and in the same unit (hourly and
 * yearly figures aren't converted: hours worked differ); lateral and entry moves are never a cut.
 */
export function findPayCuts(map: PathwayMap, context: HealthContext): PayCutFinding[] {
  return map.transitions.flatMap((transition, index): PayCutFinding[] => {
    if (transition.kind !== undefined && transition.kind !== 'advancement') return [];
    const source = occupationById(map, context, transition.from);
    const target = occupationById(map, context, transition.to);
    const from = medianOf(source);
    const to = medianOf(target);
    if (!source || !target || !from || !to || from.unit !== to.unit || to.median >= from.median) return [];
    const move = describeMove(transition, nameOf(source.title), nameOf(target.title));
    return [
      {
        code: 'pay-cut',
        severity: FINDING_SEVERITY['pay-cut'],
        targetId: transition.id,
        targetKind: 'transition',
        path: `transitions[${index}]`,
        message:
          `${move} lowers the median wage from ${dollarText(from.median, from.unit)} to ${dollarText(to.median, to.unit)} ${perUnitText(to.unit)}.` +
          `${caveat(from, to)} Check both wages, or mark the move lateral if it isn't a step up.`,
        fromMedian: from.median,
        toMedian: to.median,
        unit: from.unit,
      },
    ];
  });
}
