import { describe, expect, it } from 'vitest';
import { PRINT_CANVAS_MM, printFitTransform, unionBounds } from '../../../src/features/viewer/print/print-fit';

const PX_PER_MM = 96 / 25.4;
const page = { width: PRINT_CANVAS_MM.width * PX_PER_MM, height: PRINT_CANVAS_MM.height * PX_PER_MM };

function parse(transform: string): { x: number; y: number; zoom: number } {
  const match = /^translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\(([\d.]+)\)$/.exec(transform);
  if (!match) throw new Error(`unexpected transform ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

describe('printFitTransform: the whole map on the printed page', () => {
  it('a wide map fills the page width, centred, with every card inside the page', () => {
    const bounds = { x: -200, y: 100, width: 4000, height: 900 };
    const { x, y, zoom } = parse(printFitTransform(bounds));
    const left = x + bounds.x * zoom;
    const right = x + (bounds.x + bounds.width) * zoom;
    const top = y + bounds.y * zoom;
    const bottom = y + (bounds.y + bounds.height) * zoom;
    expect(left).toBeGreaterThan(0);
    expect(right).toBeLessThan(page.width);
    expect(right - left).toBeGreaterThan(page.width * 0.9);
    expect(top).toBeGreaterThan(0);
    expect(bottom).toBeLessThan(page.height);
    expect(Math.abs(top - (page.height - bottom))).toBeLessThan(1);
  });

  it('a tall map fits the page height', () => {
    const bounds = { x: 0, y: 0, width: 600, height: 3000 };
    const { y, zoom } = parse(printFitTransform(bounds));
    expect(y + bounds.height * zoom).toBeLessThan(page.height);
    expect(bounds.height * zoom).toBeGreaterThan(page.height * 0.9);
  });

  it('a small map is not blown up past 1.5×', () => {
    expect(parse(printFitTransform({ x: 0, y: 0, width: 200, height: 100 })).zoom).toBe(1.5);
  });

  it("keeps the legend's corner clear: beside it for a tall map, below it for a wide one", () => {
    const legend = { width: 260, height: 230 };
    for (const bounds of [
      { x: 0, y: 0, width: 600, height: 2000 },
      { x: 0, y: 0, width: 5000, height: 400 },
      { x: 50, y: 50, width: 1500, height: 900 },
    ]) {
      const { x, y, zoom } = parse(printFitTransform(bounds, legend));
      const left = x + bounds.x * zoom;
      const top = y + bounds.y * zoom;
      expect(left >= legend.width || top >= legend.height).toBe(true);
      expect(x + (bounds.x + bounds.width) * zoom).toBeLessThanOrEqual(page.width);
      expect(y + (bounds.y + bounds.height) * zoom).toBeLessThanOrEqual(page.height);
    }
  });

  it('unionBounds surrounds every card', () => {
    expect(unionBounds([])).toBeUndefined();
    expect(unionBounds([{ x: 10, y: 20, width: 100, height: 50 }, { x: -30, y: 40, width: 20, height: 100 }])).toEqual({
      x: -30, y: 20, width: 140, height: 120,
    });
  });
});
