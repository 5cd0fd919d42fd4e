import type { TransitionKind } from '../../domain/schema/map';

/**
 * At most this many dashes on one arrow. The browser draws every dash of a path, on screen or not:
 * long dashed arrows on a 2,000-card map took seconds per frame. Short arrows keep the pattern in
 * canvas.css; a longer one gets the same pattern stretched, so it still reads as dashed or dotted.
 */
const MAX_DASHES = 16;
/** The repeat length (dash + gap) of each pattern in canvas.css. */
const PERIOD: Readonly<Record<TransitionKind, number>> = { advancement: 0, lateral: 12, entry: 6 };

/** A stroke-dasharray for a long arrow, or undefined to keep the stylesheet's. Numbers only. */
export function stretchedDashes(kind: TransitionKind, pathLength: number): string | undefined {
  const period = PERIOD[kind];
  if (period === 0 || !(pathLength > period * MAX_DASHES)) return undefined;
  const stretch = pathLength / (period * MAX_DASHES);
  // Dotted: keep the dot (a round cap on a 1-unit dash), widen the gap. Dashed: stretch both.
  return kind === 'entry' ? `1 ${(period * stretch - 1).toFixed(1)}` : `${(7 * stretch).toFixed(1)} ${(5 * stretch).toFixed(1)}`;
}
