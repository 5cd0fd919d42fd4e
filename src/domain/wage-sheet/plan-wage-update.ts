import type { Occupation, Wage } from '../schema/map';
import type { WageStatistic } from '../wage-statistic';
import { socOf, type WageSheet, type WageSheetFigure } from './wage-sheet';

/** What the user picked: the statistic to take, the area, and the year of a sheet without a year column. */
export type WageChoice = { statistic: WageStatistic; area: string; year: number | undefined };

/** The wage a card gets, without its source (the command cites the one the user chose). */
export type NewWage = Pick<Wage, 'statistic' | 'amount' | 'unit' | 'year' | 'area'>;

export type WageChange =
  | { kind: 'update'; occupation: Occupation; after: NewWage }
  /** The sheet has the card, but its figure is '*' (not available) or '#' (above the top code): not applied. */
  | { kind: 'not-available'; occupation: Occupation; mark: '*' | '#' }
  | { kind: 'same'; occupation: Occupation }
  | { kind: 'no-match'; occupation: Occupation; reason: 'no SOC code' | 'not in the sheet' };

/** The default statistic: the median when the sheet has one, else the mean, else the first it has. */
export function defaultStatistic(sheet: WageSheet): WageStatistic | undefined {
  const { statistics } = sheet;
  return statistics.includes('median') ? 'median' : statistics.includes('mean') ? 'mean' : statistics[0];
}

const isSame = (before: Wage | undefined, after: NewWage) =>
  before !== undefined &&
  before.min === undefined &&
  before.max === undefined &&
  (['statistic', 'amount', 'unit', 'year', 'area'] as const).every((key) => before[key] === after[key]);

/** The card's figure: in its own unit when the sheet has it, else in the other; a figure before a mark. */
function pick(figures: readonly WageSheetFigure[], unit: Wage['unit']): WageSheetFigure | undefined {
  const known = (candidate: WageSheetFigure) => 'amount' in candidate.figure;
  return (
    figures.find((candidate) => candidate.unit === unit && known(candidate)) ??
    figures.find(known) ??
    figures.find((candidate) => candidate.unit === unit) ??
    figures[0]
  );
}

/** For every card on the map, what updating wages from the sheet with these choices does to it. Pure. */
export function planWageUpdate(occupations: readonly Occupation[], sheet: WageSheet, choice: WageChoice): WageChange[] {
  const wanted = sheet.figures.filter((figure) => figure.statistic === choice.statistic && figure.area === choice.area);
  return occupations.map((occupation): WageChange => {
    const soc = socOf(occupation.socCode);
    if (soc === undefined) return { kind: 'no-match', occupation, reason: 'no SOC code' };
    const found = pick(
      wanted.filter((figure) => figure.soc === soc),
      occupation.wage?.unit ?? 'year',
    );
    if (found === undefined) return { kind: 'no-match', occupation, reason: 'not in the sheet' };
    if ('unavailable' in found.figure) return { kind: 'not-available', occupation, mark: found.figure.unavailable };
    const year = found.year ?? choice.year;
    const after: NewWage = {
      statistic: found.statistic,
      amount: found.figure.amount,
      unit: found.unit,
      ...(year !== undefined && { year }),
      ...(found.area !== '' && { area: found.area }),
    };
    return isSame(occupation.wage, after) ? { kind: 'same', occupation } : { kind: 'update', occupation, after };
  });
}
