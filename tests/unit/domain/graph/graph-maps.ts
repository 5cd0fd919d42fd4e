import type { PathwayMap } from '../../../../src/domain/schema/map';
import { buildMap } from '../../../support/build-map';

// Small maps for the route search tests, built through the real parser.

type Fields = Record<string, unknown>;

export function occupation(id: string, fields: Fields = {}): Fields {
  return { id, title: id.toUpperCase(), ...fields };
}

/** A yearly or hourly wage figure, a mean unless another statistic is given (null: not stated). */
export function paid(amount: number, unit: 'hour' | 'year' = 'year', statistic: string | null = 'mean'): Fields {
  return { wage: { amount, unit, ...(statistic !== null && { statistic }) } };
}

export function move(from: string, to: string, fields: Fields = {}): Fields {
  return { id: `${from}>${to}`, from, to, ...fields };
}

export function graphMap(occupations: Fields[], transitions: Fields[]): PathwayMap {
  return buildMap({ occupations, transitions });
}

/** The occupation ids along each route: the easiest thing to compare. */
export function ids(routes: readonly { occupations: readonly { id: string }[] }[]): string[][] {
  return routes.map((route) => route.occupations.map((o) => o.id));
}
