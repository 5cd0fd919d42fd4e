import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../src/layout/edge-route';
import { CARD_GAP, nearestFreeSpot } from '../../../src/layout/free-spot';

const CARD = { width: 240, height: 120 };
const overlapsOrTouches = (a: Rect, b: Rect, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

describe('the nearest free spot for a new card', () => {
  it('is the spot asked for when nothing is there', () => {
    expect(nearestFreeSpot({ x: 10.4, y: 20.6 }, CARD, [{ x: 400, y: 0, ...CARD }])).toEqual({ x: 10, y: 21 });
  });

  it('moves next to the card in the way, on the side that is nearest, with a gap', () => {
    // Asked for a little below a card: it goes just below that card, not above or beside it.
    const taken = [{ x: 0, y: 0, ...CARD }];
    expect(nearestFreeSpot({ x: 0, y: 30 }, CARD, taken)).toEqual({ x: 0, y: 120 + CARD_GAP });
    // A little to its right: just right of it.
    expect(nearestFreeSpot({ x: 200, y: 0 }, CARD, taken)).toEqual({ x: 240 + CARD_GAP, y: 0 });
  });

  it('makes room for a card as tall as it was drawn, not as tall as a new one', () => {
    const tall = { x: 0, y: 0, width: 240, height: 260 };
    const spot = nearestFreeSpot({ x: 0, y: 150 }, CARD, [tall]);
    expect(spot).toEqual({ x: 0, y: 260 + CARD_GAP });
  });

  it('never lands on any card of a crowded map, however many are added on the same spot', () => {
    const taken: Rect[] = [];
    for (let row = 0; row < 4; row++) for (let column = 0; column < 4; column++) taken.push({ x: column * 250, y: row * 130, width: 240, height: 100 + 20 * column });
    for (let added = 0; added < 12; added++) {
      const spot = nearestFreeSpot({ x: 300, y: 200 }, CARD, taken);
      const box = { ...spot, ...CARD };
      expect(taken.filter((other) => overlapsOrTouches(box, other, CARD_GAP - 1))).toEqual([]);
      taken.push(box);
    }
  });

  it('finds the nearest spot, not just any free one', () => {
    // A wide wall of cards; the spot asked for is on it, near its lower edge: just below the wall is
    // nearer than above it or around its ends.
    const wall = [-2, -1, 0, 1, 2].map((column) => ({ x: column * 400, y: 0, width: 400, height: 120 }));
    expect(nearestFreeSpot({ x: 80, y: 10 }, CARD, wall)).toEqual({ x: 80, y: 120 + CARD_GAP });
    expect(nearestFreeSpot({ x: 80, y: -30 }, CARD, wall)).toEqual({ x: 80, y: -120 - CARD_GAP });
  });

  it('stays quick on a large map: only the cards near the spot are looked at', () => {
    const taken: Rect[] = [];
    for (let row = 0; row < 50; row++) for (let column = 0; column < 100; column++) taken.push({ x: column * 300, y: row * 200, ...CARD });
    const spot = nearestFreeSpot({ x: 15_000, y: 5_000 }, CARD, taken);
    expect(taken.some((other) => overlapsOrTouches({ ...spot, ...CARD }, other, 0))).toBe(false);
  });
});
