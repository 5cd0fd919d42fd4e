import { describe, expect, it } from 'vitest';
import { cardFootprints } from '../../../src/layout/card-footprints';
import { NEW_CARD_SIZE } from '../../../src/layout/card-geometry';
import { ladderPositions } from '../../../src/layout/ladder-positions';

describe('the boxes cards take', () => {
  it('uses the size each card was drawn at, a new card’s size when not measured, and the ladder place of unplaced cards', () => {
    const map = {
      levels: ['entry', 'middle', 'advanced'],
      groups: [],
      transitions: [],
      cards: [
        { id: 'placed', position: { x: 500, y: 40 } },
        { id: 'tall', position: { x: 0, y: 0 } },
        { id: 'unplaced', level: 'middle' as const },
      ],
    };
    const boxes = cardFootprints(map, new Map([['tall', { width: 240, height: 310 }], ['placed', { width: 100, height: 50 }]]));
    expect(boxes).toEqual([
      { x: 500, y: 40, ...NEW_CARD_SIZE },
      { x: 0, y: 0, width: 240, height: 310 },
      { ...ladderPositions(map).get('unplaced')!, ...NEW_CARD_SIZE },
    ]);
  });
});
