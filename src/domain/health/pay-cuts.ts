import type { Occupation, PathwayMap, Transition } from '../schema/map';
import { occupationById, type HealthContext } from './context';
import { FINDING_SEVERITY, type PayCutFinding } from './finding';
import { dollarText, perUnitText } from '../wage-words';
import { nameOf } from './wording';
import { statisticName, wageHeading, type WageStatistic } from '../wage-statistic';

/** A wage figure (kept in `wage.amount` whatever its statistic) and what it is. */
type WageFigure = {
  amount: number;
  unit: 'hour' | 'year';
  statistic?: WageStatistic | undefined;
  year?: number | undefined;
  area?: string | undefined;
};

function wageFigureOf(occupation: Occupation | undefined): WageFigure | undefined {
  const wage = occupation?.wage;
  if (wage?.amount === undefined) return undefined;
  return { amount: wage.amount, unit: wage.unit, statistic: wage.statistic, year: wage.year, area: wage.area };
}

/**
 * "lowers the mean wage from $57,110 to $38,930 a year", or, when the two figures are different
 * statistics, "lowers the wage from $57,110 (mean) to $38,930 (median) a year": never "median" for a mean.
 */
function lowersText(from: WageFigure, to: WageFigure): string {
  const fromText = dollarText(from.amount, from.unit);
  const toText = dollarText(to.amount, to.unit);
  if (from.statistic === to.statistic) {
    return `lowers the ${wageHeading(from.statistic).toLowerCase()} from ${fromText} to ${toText} ${perUnitText(to.unit)}`;
  }
  return `lowers the wage from ${fromText} (${statisticName(from.statistic)}) to ${toText} (${statisticName(to.statistic)}) ${perUnitText(to.unit)}`;
}

/** Says so when the two figures aren't from the same year or area: the "cut" may be only that. */
function caveat(from: WageFigure, to: WageFigure): string {
  const differences: string[] = [];
  if (from.statistic !== to.statistic) differences.push(`statistics (${statisticName(from.statistic)} and ${statisticName(to.statistic)})`);
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
 * Pay cut: a transition of kind 'advancement', or with no kind, whose target's wage figure is lower
 * than its source's. Compared only when both figures are known and in the same unit (hourly and
 * yearly figures aren't converted: hours worked differ); lateral and entry moves are never a cut.
 */
export function findPayCuts(map: PathwayMap, context: HealthContext): PayCutFinding[] {
  return map.transitions.flatMap((transition, index): PayCutFinding[] => {
    if (transition.kind !== undefined && transition.kind !== 'advancement') return [];
    const source = occupationById(map, context, transition.from);
    const target = occupationById(map, context, transition.to);
    const from = wageFigureOf(source);
    const to = wageFigureOf(target);
    if (!source || !target || !from || !to || from.unit !== to.unit || to.amount >= from.amount) return [];
    const move = describeMove(transition, nameOf(source.title), nameOf(target.title));
    return [
      {
        code: 'pay-cut',
        severity: FINDING_SEVERITY['pay-cut'],
        targetId: transition.id,
        targetKind: 'transition',
        path: `transitions[${index}]`,
        message:
          `${move} ${lowersText(from, to)}.` +
          `${caveat(from, to)} Check both wages, or mark the move lateral if it isn't a step up.`,
        fromAmount: from.amount,
        toAmount: to.amount,
        unit: from.unit,
      },
    ];
  });
}
