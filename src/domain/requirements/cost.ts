/**
 * Time and money a requirement takes. A part whose cost or length is not known is never counted as
 * nothing: `usd`/`months` hold what is known, and the flags say that more is not known.
 */
export type Cost = { usd: number; months: number; usdUnknown: boolean; monthsUnknown: boolean };

export const NO_COST: Cost = { usd: 0, months: 0, usdUnknown: false, monthsUnknown: false };

/** A cost from figures that may be missing (undefined = not known). */
export function costOf(usd: number | undefined, months: number | undefined): Cost {
  return { usd: usd ?? 0, months: months ?? 0, usdUnknown: usd === undefined, monthsUnknown: months === undefined };
}

export function addCosts(a: Cost, b: Cost): Cost {
  return {
    usd: a.usd + b.usd,
    months: a.months + b.months,
    usdUnknown: a.usdUnknown || b.usdUnknown,
    monthsUnknown: a.monthsUnknown || b.monthsUnknown,
  };
}

/**
 * Orders choices cheapest first. A choice whose whole cost is known comes before one with unknown
 * parts (its known part may look cheaper only because the rest is missing); then by dollars, then
 * by months.
 */
export function compareCosts(a: Cost, b: Cost): number {
  const unknowns = (cost: Cost) => Number(cost.usdUnknown) + Number(cost.monthsUnknown);
  return unknowns(a) - unknowns(b) || a.usd - b.usd || a.months - b.months;
}
