import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARD_MIN_HEIGHT, CARD_WIDTH } from '../../../src/layout/card-geometry';

describe('card geometry', () => {
  it('is the size the canvas draws a card at, so layout and placement leave room for what is on screen', () => {
    const css = readFileSync(new URL('../../../src/features/canvas/canvas.css', import.meta.url), 'utf8');
    const card = /\.react-flow \.occupation-card \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(card).toMatch(new RegExp(`(^|[\\s;])width: ${CARD_WIDTH}px;`));
    expect(card).toMatch(new RegExp(`min-height: ${CARD_MIN_HEIGHT}px;`));
  });
});
