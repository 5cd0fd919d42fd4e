import type { Wage } from '../schema/map';
import { wageText } from '../wage-words';

type Placed = Pick<Wage, 'min' | 'amount' | 'max' | 'unit' | 'statistic' | 'area' | 'year'>;

/** "$32,400 a year (mean), 2019, Springfield": the figure with its statistic, year and area. */
export function wageWithPlace(wage: Placed): string {
  return [wageText(wage), wage.year, wage.area?.trim() || undefined].filter((part) => part !== undefined).join(', ');
}

/** "Earlier: $32,400 a year (mean), 2019, Springfield — replaced 2026-12-07". */
export function earlierWageText(wage: Placed & { replacedOn: string }): string {
  return `Earlier: ${wageWithPlace(wage)} — replaced ${wage.replacedOn.slice(0, 10)}`;
}
