import { TALLEST_CARD_SIZE } from './card-geometry';

/** What the user can choose when laying a map out. */
export type LayoutDirection = 'RIGHT' | 'DOWN';
export type LayoutSpacing = 'compact' | 'normal' | 'roomy';

export type LayoutOptions = {
  /** RIGHT: levels are columns, read left to right. DOWN: levels are rows, read top to bottom. */
  direction: LayoutDirection;
  /** Keep the cards named in `pinned` where the user placed them; lay the rest out around them. */
  keepPinned: boolean;
  spacing: LayoutSpacing;
};

/** One click tidies the whole map: nothing is pinned unless the user asks for it. */
export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { direction: 'RIGHT', keepPinned: false, spacing: 'normal' };

export type Size = { width: number; height: number };
export type Point = { x: number; y: number };

/** Gaps in pixels: between cards in one column (or row), and between columns (or rows). */
export const SPACINGS: Record<LayoutSpacing, { betweenCards: number; betweenLayers: number }> = {
  compact: { betweenCards: 16, betweenLayers: 64 },
  normal: { betweenCards: 32, betweenLayers: 120 },
  roomy: { betweenCards: 56, betweenLayers: 200 },
};

/** A measured size, or the tallest card's (TALLEST_CARD_SIZE) when the measurement is missing or unusable. */
export function cardSize(sizes: ReadonlyMap<string, Size>, id: string): Size {
  const size = sizes.get(id);
  const usable = (value: number | undefined) => typeof value === 'number' && Number.isFinite(value) && value > 0;
  return size && usable(size.width) && usable(size.height) ? { width: size.width, height: size.height } : TALLEST_CARD_SIZE;
}
