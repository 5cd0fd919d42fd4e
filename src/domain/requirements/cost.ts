/**
 * Time and money a requirement takes. A part whose cost or length is not known is never counted as
 * nothing: `usd`/`months` add up what is known, and the unknown-part counts say how many parts
 * were left out of each sum (0: the sum is whole).
 */
export type Cost = { usd: number; months: number; unknownUsdParts: number; unknownMonthParts: number };

export const NO_COST: Cost = { usd: 0, months: 0, unknownUsdParts: 0, unknownMonthParts: 0 };

/** A cost from figures that may be missing (undefined = not known). */
export function costOf(usd: number | undefined, months: number | undefined): Cost {
  return { usd: usd ?? 0, months: months ?? 0, unknownUsdParts: usd === undefined ? 1 : 0, unknownMonthParts: months === undefined ? 1 : 0 };
}

export function addCosts(a: Cost, b: Cost): Cost {
  return {
    usd: a.usd + b.usd,
    months: a.months + b.months,
    unknownUsdParts: a.unknownUsdParts + b.unknownUsdParts,
    unknownMonthParts: a.unknownMonthParts + b.unknownMonthParts,
  };
}

/**
 * Orders choices cheapest first: fewer unknown parts first (a known part may look cheaper only
 * because the rest is missing), then dollars, then months. Every key adds up, so the N cheapest
 * items are also the cheapest N together (cheapestWay relies on that).
 */
export function compareCosts(a: Cost, b: Cost): number {
  const unknowns = (cost: Cost) => cost.unknownUsdParts + cost.unknownMonthParts;
  return unknowns(a) - unknowns(b) || a.usd - b.usd || a.months - b.months;
}
