/** A rectangle in the map's own (flow) coordinates. */
export type Bounds = { x: number; y: number; width: number; height: number };

/** The printed canvas, in millimetres: a landscape A4 or Letter page less its margins and the heading. */
export const PRINT_CANVAS_MM = { width: 257, height: 150 } as const; // keep in step with print.css

const PX_PER_MM = 96 / 25.4;
const PADDING_PX = 16;
/** A small map is not blown up past this, so its cards still look like cards. */
const MAX_PRINT_ZOOM = 1.5;

/**
 * The viewport transform that fits `bounds` centred in the printed canvas. The screen's zoom and pan
 * were chosen for the window, which is rarely the shape of a page.
 */
export function printFitTransform(bounds: Bounds, canvasMm: { width: number; height: number } = PRINT_CANVAS_MM): string {
  const width = canvasMm.width * PX_PER_MM;
  const height = canvasMm.height * PX_PER_MM;
  const zoom = Math.min(
    (width - 2 * PADDING_PX) / Math.max(bounds.width, 1),
    (height - 2 * PADDING_PX) / Math.max(bounds.height, 1),
    MAX_PRINT_ZOOM,
  );
  const x = (width - bounds.width * zoom) / 2 - bounds.x * zoom;
  const y = (height - bounds.height * zoom) / 2 - bounds.y * zoom;
  return `translate(${round(x)}px, ${round(y)}px) scale(${round(zoom, 10_000)})`;
}

/** The smallest rectangle around all the given ones. */
export function unionBounds(all: readonly Bounds[]): Bounds | undefined {
  if (all.length === 0) return undefined;
  const left = Math.min(...all.map((b) => b.x));
  const top = Math.min(...all.map((b) => b.y));
  const right = Math.max(...all.map((b) => b.x + b.width));
  const bottom = Math.max(...all.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

const round = (value: number, factor = 100) => Math.round(value * factor) / factor;
