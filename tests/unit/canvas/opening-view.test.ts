import { describe, expect, it } from 'vitest';
import { boundsOf, openingView, type Box, type Insets, type OpeningRule } from '../../../src/features/canvas/opening-view';
import { shiftInto } from '../../../src/features/canvas/keep-selected-in-view';

const RULE: OpeningRule = { detailZoom: 0.6, compactTitlePx: 26, legibleTitlePx: 11, maxZoom: 1 };
const CLEAR: Insets = { top: 46, right: 12, bottom: 12, left: 12 };
const WITH_NOTE: Insets = { ...CLEAR, top: 80 };

/** A grid of 240 × 150 cards, `columns` across and `rows` down, 80 px apart. */
function grid(columns: number, rows: number): Box[] {
  return Array.from({ length: columns * rows }, (_, i) => ({ x: (i % columns) * 320, y: Math.floor(i / columns) * 230, width: 240, height: 150 }));
}

/** Where a box lands on screen under a viewport. */
function onScreen(box: Box, view: { x: number; y: number; zoom: number }): Box {
  return { x: view.x + box.x * view.zoom, y: view.y + box.y * view.zoom, width: box.width * view.zoom, height: box.height * view.zoom };
}

function inside(box: Box, canvas: { width: number; height: number }, insets: Insets): boolean {
  const eps = 0.001;
  return (
    box.x >= insets.left - eps &&
    box.y >= insets.top - eps &&
    box.x + box.width <= canvas.width - insets.right + eps &&
    box.y + box.height <= canvas.height - insets.bottom + eps
  );
}

describe('the opening view', () => {
  it('opens a map that fits at the detail zoom at that zoom or closer, every card inside the clear area', () => {
    const boxes = grid(4, 3); // 1200 × 610
    const canvas = { width: 1320, height: 600 };
    const view = openingView(boxes, canvas, CLEAR, WITH_NOTE, RULE)!;
    expect(view.kind).toBe('detailed');
    expect(view.viewport.zoom).toBeGreaterThanOrEqual(0.6);
    for (const box of boxes) expect(inside(onScreen(box, view.viewport), canvas, CLEAR)).toBe(true);
  });

  it('never opens closer than zoom 1, and centres a small map rather than leaving it in a corner', () => {
    const boxes = grid(2, 2);
    const canvas = { width: 1320, height: 600 };
    const view = openingView(boxes, canvas, CLEAR, WITH_NOTE, RULE)!;
    expect(view.kind).toBe('detailed');
    expect(view.viewport.zoom).toBe(1);
    const bounds = onScreen(boundsOf(boxes)!, view.viewport);
    const leftRoom = bounds.x - CLEAR.left;
    const rightRoom = canvas.width - CLEAR.right - (bounds.x + bounds.width);
    expect(Math.abs(leftRoom - rightRoom)).toBeLessThan(1);
  });

  it('grows a small map to fill the canvas, up to zoom 1 (five cards do not sit in a third of it)', () => {
    const boxes = grid(5, 1); // 1520 × 150
    const canvas = { width: 1320, height: 600 };
    const view = openingView(boxes, canvas, CLEAR, WITH_NOTE, RULE)!;
    const bounds = onScreen(boundsOf(boxes)!, view.viewport);
    expect(bounds.width).toBeCloseTo(canvas.width - CLEAR.left - CLEAR.right, 5);
  });

  it('fits a map too big for the detail zoom whole, keeping room for the note, while titles stay legible', () => {
    const boxes = grid(8, 4); // 2480 × 840
    const canvas = { width: 1320, height: 600 };
    const view = openingView(boxes, canvas, CLEAR, WITH_NOTE, RULE)!;
    expect(view.kind).toBe('whole');
    expect(view.viewport.zoom).toBeLessThan(0.6);
    expect(view.viewport.zoom * 26).toBeGreaterThanOrEqual(11);
    for (const box of boxes) expect(inside(onScreen(box, view.viewport), canvas, WITH_NOTE)).toBe(true);
  });

  it('opens on the start of a map it cannot fit legibly (a phone): its left edge and top, at a legible zoom', () => {
    // The second column starts higher than the first: it must not start above the clear area either.
    const boxes = [...grid(5, 4).map((box) => (box.x === 0 ? { ...box, y: box.y + 100 } : box))];
    const canvas = { width: 374, height: 548 };
    const insets: Insets = { top: 60, right: 8, bottom: 8, left: 8 };
    const view = openingView(boxes, canvas, insets, { ...insets, top: 64 }, RULE)!;
    expect(view.kind).toBe('part');
    expect(view.viewport.zoom * 26).toBeCloseTo(11, 5);
    const first = onScreen(boxes[0]!, view.viewport);
    expect(first.x).toBeCloseTo(8, 5);
    const top = Math.min(...boxes.map((box) => onScreen(box, view.viewport).y));
    expect(top).toBeCloseTo(64, 5);
  });

  it('says nothing for an empty map or a canvas not measured yet', () => {
    expect(openingView([], { width: 800, height: 600 }, CLEAR, WITH_NOTE, RULE)).toBeUndefined();
    expect(openingView(grid(1, 1), { width: 0, height: 0 }, CLEAR, WITH_NOTE, RULE)).toBeUndefined();
  });
});

describe('keeping the selected card in view', () => {
  it('moves a card cut off by a narrower canvas back inside, with a margin, and leaves one in view alone', () => {
    expect(shiftInto(900, 1140, 1000)).toBe(1000 - 16 - 1140);
    expect(shiftInto(-50, 190, 1000)).toBe(66);
    expect(shiftInto(100, 340, 1000)).toBe(0);
  });
});
