/**
 * How a map opens: the view a reader first sees. Pure, so the rule can be tested without a browser.
 *
 * - `detailed`: the whole map fits at DETAIL_ZOOM or closer, so it opens fitted at that zoom (never
 *   closer than 1): every card shows its wage bar, facts and badges.
 * - `whole`: it does not, but its titles stay legible fitted: fitted, with a note saying why cards
 *   are simplified.
 * - `part`: fitted, the titles would be too small to read (a phone): it opens at a legible zoom on
 *   the start of the map (its left edge, from the top), with a note saying it is a part.
 */

export type Box = { x: number; y: number; width: number; height: number };
export type Size = { width: number; height: number };
/** Room kept clear at each edge of the canvas, in screen pixels (what floats over the canvas). */
export type Insets = { top: number; right: number; bottom: number; left: number };
export type Viewport = { x: number; y: number; zoom: number };
export type OpeningKind = 'detailed' | 'whole' | 'part';
export type OpeningView = { kind: OpeningKind; viewport: Viewport };

export type OpeningRule = {
  /** From this zoom on, cards show their details (zoom.ts). */
  detailZoom: number;
  /** Zoomed out, a card's title is drawn this large (canvas.css, `.occupation-card--compact`). */
  compactTitlePx: number;
  /** No title smaller than this on screen. */
  legibleTitlePx: number;
  /** Never open closer than this. */
  maxZoom: number;
};

/** The smallest box holding every card. */
export function boundsOf(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The zoom at which `bounds` just fits the canvas inside its insets. */
export function fitZoom(bounds: Box, canvas: Size, insets: Insets): number {
  const width = Math.max(1, canvas.width - insets.left - insets.right);
  const height = Math.max(1, canvas.height - insets.top - insets.bottom);
  return Math.min(width / Math.max(1, bounds.width), height / Math.max(1, bounds.height));
}

/** The view showing `bounds` at `zoom`, centred in the canvas inside its insets. */
export function centredOn(bounds: Box, zoom: number, canvas: Size, insets: Insets): Viewport {
  const width = canvas.width - insets.left - insets.right;
  const height = canvas.height - insets.top - insets.bottom;
  return {
    x: insets.left + (width - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: insets.top + (height - bounds.height * zoom) / 2 - bounds.y * zoom,
    zoom,
  };
}

/**
 * The opening view of cards `boxes` on a canvas of `canvas` size. `insets` keep clear what floats
 * over the canvas; `noteInsets` add room for the note a simplified view shows.
 */
export function openingView(boxes: readonly Box[], canvas: Size, insets: Insets, noteInsets: Insets, rule: OpeningRule): OpeningView | undefined {
  const bounds = boundsOf(boxes);
  if (!bounds || canvas.width <= 0 || canvas.height <= 0) return undefined;
  const clear = fitZoom(bounds, canvas, insets);
  if (clear >= rule.detailZoom) {
    const zoom = Math.min(clear, rule.maxZoom);
    return { kind: 'detailed', viewport: centredOn(bounds, zoom, canvas, insets) };
  }
  const withNote = fitZoom(bounds, canvas, noteInsets);
  const legibleZoom = rule.legibleTitlePx / rule.compactTitlePx;
  if (withNote >= legibleZoom) return { kind: 'whole', viewport: centredOn(bounds, withNote, canvas, noteInsets) };
  // The start of the map: its left edge (the first column) and its top, at the smallest legible zoom.
  // The top of the whole map, not of the first column: no card of the next columns starts above the clear area.
  const zoom = legibleZoom;
  return { kind: 'part', viewport: { x: noteInsets.left - bounds.x * zoom, y: noteInsets.top - bounds.y * zoom, zoom } };
}
