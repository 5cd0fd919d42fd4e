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

type Size = { width: number; height: number };

/** The largest poster page, ARCH E (48 × 36 in), in millimetres; turned to suit the map. */
export const POSTER_MAX_PAGE_MM: Size = { width: 1219.2, height: 914.4 };
/** The poster page's margin on each side, and the room above the map for its title and date. */
export const POSTER_MARGIN_MM = 10;
export const POSTER_HEADER_MM = 20; // keep in step with print.css
/** Cards on a poster are drawn at most at their own size. */
const POSTER_MAX_ZOOM = 1;

/**
 * A poster of the whole map: the page size, the printed canvas on it and the zoom of its cards.
 * The zoom fills the largest page (ARCH E, either way round) but never exceeds the cards' own size
 * and never drops below `minZoom` (the reading zoom, DETAIL_ZOOM): a map too big for ARCH E at that
 * zoom gets a larger page rather than unreadable cards. The canvas is only as large as the map at that
 * zoom, beside or below the legend, whichever gives the smaller page; printFitTransform then fits
 * the map into it as it fits the one-page print.
 */
export function posterLayout(bounds: Bounds, legend: Corner, minZoom: number): { zoom: number; canvasMm: Size; pageMm: Size } {
  const chrome = { width: 2 * POSTER_MARGIN_MM, height: 2 * POSTER_MARGIN_MM + POSTER_HEADER_MM };
  const width = Math.max(bounds.width, 1);
  const height = Math.max(bounds.height, 1);
  const canvases = (zoom: number): Size[] => [
    // Beside the legend, or below it (in pixels).
    { width: legend.width + width * zoom + 2 * PADDING_PX, height: Math.max(legend.height, height * zoom + 2 * PADDING_PX) },
    { width: Math.max(legend.width, width * zoom + 2 * PADDING_PX), height: legend.height + height * zoom + 2 * PADDING_PX },
  ];
  const fits = [POSTER_MAX_PAGE_MM, { width: POSTER_MAX_PAGE_MM.height, height: POSTER_MAX_PAGE_MM.width }].flatMap((page) => {
    const room = { width: (page.width - chrome.width) * PX_PER_MM, height: (page.height - chrome.height) * PX_PER_MM };
    return [
      Math.min((room.width - legend.width - 2 * PADDING_PX) / width, (room.height - 2 * PADDING_PX) / height),
      Math.min((room.width - 2 * PADDING_PX) / width, (room.height - legend.height - 2 * PADDING_PX) / height),
    ];
  });
  const zoom = Math.min(POSTER_MAX_ZOOM, Math.max(minZoom, ...fits));
  // The smaller canvas that fits the largest page either way round; the smaller of all when none does.
  const fitsPage = (canvas: Size) =>
    [POSTER_MAX_PAGE_MM, { width: POSTER_MAX_PAGE_MM.height, height: POSTER_MAX_PAGE_MM.width }].some(
      (page) => canvas.width <= (page.width - chrome.width) * PX_PER_MM + 0.5 && canvas.height <= (page.height - chrome.height) * PX_PER_MM + 0.5,
    );
  const bySize = canvases(zoom).sort((a, b) => a.width * a.height - b.width * b.height);
  const canvas = bySize.find(fitsPage) ?? bySize[0];
  const canvasMm = { width: Math.ceil((canvas!.width / PX_PER_MM) * 10) / 10, height: Math.ceil((canvas!.height / PX_PER_MM) * 10) / 10 };
  return {
    zoom,
    canvasMm,
    pageMm: { width: round(canvasMm.width + chrome.width, 10), height: round(canvasMm.height + chrome.height, 10) },
  };
}
