import type { FitViewOptions } from '@xyflow/react';
import type { Insets } from './opening-view';

/**
 * What floats over a canvas, and so the room a fit keeps clear at each edge (screen pixels): the
 * folded legend (top left), the zoom controls (top right) and, between them on a wide screen, the
 * note on a simplified view, in a band along the top; on a phone the note goes under the band
 * (canvas.css places them; change both together). Nothing floats at the other edges, so a view of
 * part of a map (a phone) can run its cards off them. Nothing else floats over the cards at opening.
 */
const NARROW_SCREEN = '(max-width: 639.98px)';

/** The band the folded legend and the zoom controls take: 8 px margin, a 30 px (44 px on a phone) button, 8 px. */
const WIDE: Insets = { top: 46, right: 12, bottom: 12, left: 12 };
const NARROW: Insets = { top: 60, right: 8, bottom: 8, left: 8 };
/** The note on a simplified view: in the band on a wide screen; under it, up to two lines, on a phone. */
const WIDE_NOTE = 0;
const NARROW_NOTE = 52;

/** `partAllowed`: a phone may open on part of a map (opening-view.ts); a wide screen always fits it whole. */
export type CanvasInsets = { clear: Insets; withNote: Insets; partAllowed: boolean };

/** A phone-sized screen: the viewer's side panel is a bottom sheet and the canvas keeps more room clear (viewer.css, canvas.css). */
export function isNarrowScreen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(NARROW_SCREEN).matches;
}

export function canvasInsets(): CanvasInsets {
  const narrow = isNarrowScreen();
  const clear = narrow ? NARROW : WIDE;
  return { clear, withNote: { ...clear, top: clear.top + (narrow ? NARROW_NOTE : WIDE_NOTE) }, partAllowed: narrow };
}

/** A whole-map fit ("Fit View") keeping the same room clear. */
export function fitOptionsFor(insets: Insets): FitViewOptions {
  const px = (n: number) => `${n}px` as const;
  return {
    includeHiddenNodes: true,
    maxZoom: 1,
    padding: { top: px(insets.top), right: px(insets.right), bottom: px(insets.bottom), left: px(insets.left) },
  };
}
