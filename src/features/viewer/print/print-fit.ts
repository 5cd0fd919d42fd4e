/** A rectangle in the map's own (flow) coordinates. */
export type Bounds = { x: number; y: number; width: number; height: number };
/** The corner the legend covers (from the canvas's top left), in pixels. */
export type Corner = { width: number; height: number };

/** The printed canvas, in millimetres: a landscape A4 or Letter page less its margins and the heading. */
export const PRINT_CANVAS_MM = { width: 257, height: 150 } as const; // keep in step with print.css

const PX_PER_MM = 96 / 25.4;
const PADDING_PX = 16;
/** A small map is not blown up past this, so its cards still look like cards. */
const MAX_PRINT_ZOOM = 1.5;

type Fit = { x: number; y: number; zoom: number };

/** Fits bounds centred in the area of the canvas from (left, top) to its far corner. */
function fitInto(bounds: Bounds, width: number, height: number, left: number, top: number): Fit {
  const zoom = Math.min(
    (width - left - 2 * PADDING_PX) / Math.max(bounds.width, 1),
    (height - top - 2 * PADDING_PX) / Math.max(bounds.height, 1),
    MAX_PRINT_ZOOM,
  );
  return {
    x: left + (width - left - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: top + (height - top - bounds.height * zoom) / 2 - bounds.y * zoom,
    zoom,
  };
}

/**
 * The viewport transform that fits `bounds` centred in the printed canvas. (The screen's zoom and
 * pan were chosen for the window, which is rarely the shape of a page.) The legend's corner is kept
 * clear: the cards go beside it or below it, whichever leaves them larger.
 */
export function printFitTransform(
  bounds: Bounds,
  legend: Corner = { width: 0, height: 0 },
  canvasMm: { width: number; height: number } = PRINT_CANVAS_MM,
): string {
  const width = canvasMm.width * PX_PER_MM;
  const height = canvasMm.height * PX_PER_MM;
  const beside = fitInto(bounds, width, height, legend.width, 0);
  const below = fitInto(bounds, width, height, 0, legend.height);
  const { x, y, zoom } = beside.zoom >= below.zoom ? beside : below;
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
