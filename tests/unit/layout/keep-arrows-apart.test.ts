import { describe, expect, it } from 'vitest';
import { keepArrowsApart, type ArrowLine } from '../../../src/layout/arrows-apart';
import type { Rect } from '../../../src/layout/edge-route';
import { sharedLength } from '../../support/arrow-overlaps';

// Two columns, 100 px apart: left cards end at x = 240, right cards start at x = 340.
const card = (x: number, y: number): Rect => ({ x, y, width: 240, height: 100 });
const cards = [card(0, 0), card(0, 200), card(340, 100), card(340, 300), card(340, 500)];
const stepped = (fromY: number, toY: number) => [
  { x: 240, y: fromY },
  { x: 290, y: fromY },
  { x: 290, y: toY },
  { x: 340, y: toY },
];

describe('keepArrowsApart', () => {
  it('gives arrows from different cards their own channels in the gap, between the columns', () => {
    const arrows: ArrowLine[] = [
      { owner: 'upper', points: stepped(50, 350) },
      { owner: 'lower', points: stepped(250, 550) },
    ];
    keepArrowsApart(arrows, cards);
    expect(sharedLength(arrows[0]!.points, arrows[1]!.points, 'vertical')).toBe(0);
    for (const { points } of arrows) {
      expect(points[1]!.x).toBe(points[2]!.x);
      expect(points[1]!.x).toBeGreaterThan(240);
      expect(points[1]!.x).toBeLessThan(340);
      // The legs meeting the cards stay where they were.
      expect(points[0]).toEqual(points === arrows[0]!.points ? { x: 240, y: 50 } : { x: 240, y: 250 });
    }
    // Ordered so they do not cross: of two arrows going down side by side, the lower one turns first.
    expect(arrows[1]!.points[1]!.x).toBeLessThan(arrows[0]!.points[1]!.x);
  });

  it('lets the arrows of one card share their trunk', () => {
    const arrows: ArrowLine[] = [
      { owner: 'upper', points: stepped(50, 150) },
      { owner: 'upper', points: stepped(50, 350) },
    ];
    keepArrowsApart(arrows, cards);
    expect(arrows[0]!.points[1]!.x).toBe(290);
    expect(arrows[1]!.points[1]!.x).toBe(290);
  });
});
