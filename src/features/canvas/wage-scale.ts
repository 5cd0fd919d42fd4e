import type { WageFigures } from '../../domain/wage-words';
import type { Occupation, Wage } from '../../domain/schema/map';

export type { WageFigures };
export type WageUnit = Wage['unit'];

/**
 * One scale per wage unit, shared by every card of a map: bars run from $0 to `top`, so a longer
 * bar is a higher wage on every card and cards compare at a glance.
 */
export type WageScale = { readonly unit: WageUnit; readonly top: number };
export type WageScales = Readonly<Partial<Record<WageUnit, WageScale>>>;

/** Where the figures of one wage sit on its scale, as fractions 0–1. */
export type WageMarks = { range?: readonly [number, number]; tick?: number };

const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9, 10];

/** The smallest round number (1, 1.2, 1.5, 2, 2.5 … × 10ⁿ) at or above the value; 0 for 0. */
export function niceCeiling(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = NICE_STEPS.find((candidate) => candidate * magnitude >= value) ?? 10;
  return Number((step * magnitude).toPrecision(12));
}

export function wageFigures(wage: WageFigures): number[] {
  return [wage.min, wage.amount, wage.max].filter((figure): figure is number => figure !== undefined);
}

/** The map's scales, one per unit that any occupation uses; none when no wage is known. */
export function wageScales(occupations: readonly Occupation[]): WageScales {
  const highest = new Map<WageUnit, number>();
  for (const { wage } of occupations) {
    if (!wage) continue;
    const figures = wageFigures(wage);
    if (figures.length === 0) continue;
    highest.set(wage.unit, Math.max(highest.get(wage.unit) ?? 0, ...figures));
  }
  const scales: Partial<Record<WageUnit, WageScale>> = {};
  for (const [unit, high] of highest) scales[unit] = { unit, top: niceCeiling(high) };
  return scales;
}

/** A dollar figure as a fraction of the scale, clamped to 0–1. */
export function wageFraction(scale: WageScale, value: number): number {
  if (!(scale.top > 0) || !Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value / scale.top));
}

/**
 * What to draw for one wage: a range from its lowest to its highest known figure (when they differ),
 * and a tick at the wage figure (`amount`, whatever its statistic), or at the only figure there is.
 */
export function wageMarks(scale: WageScale, wage: WageFigures): WageMarks {
  const figures = wageFigures(wage);
  if (figures.length === 0) return {};
  const low = Math.min(...figures);
  const high = Math.max(...figures);
  const marks: WageMarks = {};
  if (high > low) marks.range = [wageFraction(scale, low), wageFraction(scale, high)];
  const tick = wage.amount ?? (high > low ? undefined : low);
  if (tick !== undefined) marks.tick = wageFraction(scale, tick);
  return marks;
}
