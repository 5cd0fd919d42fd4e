import { sameValue } from '../csv/same-value';

type Fields = Record<string, unknown>;

/** A block of figures: the fields that are figures, and those that say what the figures are (qualifiers). */
type BlockKind = { figures: readonly string[]; qualifiers: readonly string[] };

export const WAGE_BLOCK: BlockKind = {
  figures: ['min', 'amount', 'max'],
  qualifiers: ['statistic', 'year', 'area', 'sourceId', 'notVerified'],
};

export const LABOR_BLOCK: BlockKind = {
  figures: ['annualOpenings', 'growthPct', 'employment', 'femalePct', 'minorityPct'],
  qualifiers: ['period', 'year', 'area', 'sourceId', 'notVerified'],
};

/** True when `incoming` gives a figure that differs from the one `old` holds (a wage in another unit differs in every figure). */
export function changesFigures(kind: BlockKind, old: Fields | undefined, incoming: Fields): boolean {
  if (old === undefined) return kind.figures.some((key) => incoming[key] !== undefined);
  if (incoming.unit !== undefined && old.unit !== undefined && incoming.unit !== old.unit) return true;
  return kind.figures.some((key) => incoming[key] !== undefined && !sameValue(incoming[key], old[key]));
}

/**
 * A block of figures (a wage, labor figures) updated by `incoming`, field by field. A new figure
 * never inherits what the old one was: when `incoming` changes a figure, the statistic, year, area,
 * period, source and "not verified" come from `incoming` alone, or are left out (unknown), so a
 * 41,000 from a sheet is never shown as "2019 BLS mean" because the figure it replaced was. When the
 * figures stay the same, the old qualifiers stay (and `incoming` may correct them). A wage in
 * another unit replaces the whole wage: the old figures would be nonsense beside the new ones.
 */
export function replaceFigures<T extends Fields>(kind: BlockKind, old: T | undefined, incoming: Fields): T {
  if (old === undefined) return { ...incoming } as T;
  if (incoming.unit !== undefined && old.unit !== undefined && incoming.unit !== old.unit) return { ...incoming } as T;
  if (!changesFigures(kind, old, incoming)) return { ...old, ...incoming } as T;
  const kept: Fields = { ...old };
  for (const key of kind.qualifiers) delete kept[key];
  return { ...kept, ...incoming } as T;
}

/** The qualifiers `old` has that replacing its figures by `incoming` leaves out: what a preview should say is cleared. */
export function clearedQualifiers(kind: BlockKind, old: Fields | undefined, incoming: Fields): string[] {
  if (old === undefined || !changesFigures(kind, old, incoming)) return [];
  return kind.qualifiers.filter((key) => old[key] !== undefined && incoming[key] === undefined);
}
