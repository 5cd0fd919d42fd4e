import { expect, type Locator } from '@playwright/test';

export type Box = { x: number; y: number; width: number; height: number };
export type CardBox = Box & { name: string };

/**
 * Waits until the map on a canvas (the page object's `canvas` region) is at rest: cards placed and
 * drawn, any glide over, the view's fit landed. The app says so with `aria-busy` on the canvas.
 * Opening a copy places every card in the layout worker first, which on a busy machine takes seconds.
 */
export async function waitForMapAtRest(canvas: Locator, { timeout = 30_000 } = {}): Promise<void> {
  await expect(canvas).toHaveAttribute('aria-busy', 'false', { timeout });
}

/**
 * Every card's box and accessible name, read in one go: all from the same frame. A card is named by
 * its content's title (card-description.ts); a step card's title holds its whole name for screen readers.
 */
export async function cardBoxes(cards: Locator): Promise<CardBox[]> {
  return cards.evaluateAll((elements) =>
    elements.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      const title = element.querySelector('.occupation-card__title');
      const name = (title?.querySelector('.canvas-visually-hidden') ?? title)?.textContent ?? '';
      return { name, x, y, width, height };
    }),
  );
}

export const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** "A overlaps B" for each pair of cards drawn on top of each other; none on a readable map. */
export function overlaps(boxes: readonly CardBox[]): string[] {
  return boxes.flatMap((a, i) => boxes.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.name} overlaps ${b.name}`] : [])));
}
