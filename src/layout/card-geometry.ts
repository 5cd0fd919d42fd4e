/**
 * The size of an occupation card, in canvas pixels: the one place it is written. The canvas draws
 * cards this wide (canvas.css, `.occupation-card`: width and min-height; a test holds the stylesheet
 * to these numbers), the ladder spaces its columns by it, the layout and free-spot search assume it
 * for a card the canvas has not measured, and the exported picture draws its cards from it.
 */
export type CardSize = { readonly width: number; readonly height: number };

/** Every card is this wide. */
export const CARD_WIDTH = 240;
/** A card is never shorter than this: what a new, empty card measures. */
export const CARD_MIN_HEIGHT = 120;
/** The tallest card the canvas draws (title, facts, wage bar and badges). */
export const CARD_TALLEST_HEIGHT = 150;
/**
 * A card's height in the exported picture before it grows to hold its text (map-svg.ts). Not the
 * measured size: zoomed out, a card on the page shows only its title and measures differently.
 */
export const PICTURE_CARD_HEIGHT = 110;

/** A new, empty card: where one fits, and the smallest box a card takes. */
export const NEW_CARD_SIZE: CardSize = { width: CARD_WIDTH, height: CARD_MIN_HEIGHT };
/** Assumed for a card not measured yet when laying out or centring on it: the tallest, so nothing overlaps. */
export const TALLEST_CARD_SIZE: CardSize = { width: CARD_WIDTH, height: CARD_TALLEST_HEIGHT };
