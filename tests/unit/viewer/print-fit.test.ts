import { describe, expect, it } from 'vitest';
import { POSTER_HEADER_MM, POSTER_MARGIN_MM, POSTER_MAX_PAGE_MM, PRINT_CANVAS_MM, posterLayout, printFitTransform, unionBounds } from '../../../src/features/viewer/print/print-fit';

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

describe('posterLayout: the whole map on one large page, cards at reading size', () => {
  const legend = { width: 260, height: 230 };
  const READING = 0.6;

  it('prints a map that fits ARCH E at full size on a page only as large as it needs, every card inside', () => {
    const bounds = { x: -40, y: 10, width: 2400, height: 1100 };
    const poster = posterLayout(bounds, legend, READING);
    expect(poster.zoom).toBe(1);
    expect(poster.pageMm.width).toBeLessThanOrEqual(POSTER_MAX_PAGE_MM.width);
    expect(poster.pageMm.height).toBeLessThanOrEqual(POSTER_MAX_PAGE_MM.height);
    expect(poster.pageMm.width).toBeCloseTo(poster.canvasMm.width + 2 * POSTER_MARGIN_MM, 5);
    expect(poster.pageMm.height).toBeCloseTo(poster.canvasMm.height + 2 * POSTER_MARGIN_MM + POSTER_HEADER_MM, 5);
    // The one-page fit, onto the poster's canvas, draws the cards at the poster's zoom (or larger), all inside.
    const canvas = { width: poster.canvasMm.width * PX_PER_MM, height: poster.canvasMm.height * PX_PER_MM };
    const { x, y, zoom } = parse(printFitTransform(bounds, legend, poster.canvasMm));
    expect(zoom).toBeGreaterThanOrEqual(poster.zoom);
    const left = x + bounds.x * zoom;
    const top = y + bounds.y * zoom;
    expect(left >= legend.width || top >= legend.height).toBe(true);
    expect(x + (bounds.x + bounds.width) * zoom).toBeLessThanOrEqual(canvas.width + 0.01);
    expect(y + (bounds.y + bounds.height) * zoom).toBeLessThanOrEqual(canvas.height + 0.01);
  });

  it('shrinks a large map to fill ARCH E, turned portrait for a tall map', () => {
    const wide = posterLayout({ x: 0, y: 0, width: 6000, height: 2500 }, legend, READING);
    expect(wide.zoom).toBeLessThan(1);
    expect(wide.zoom).toBeGreaterThanOrEqual(READING);
    expect(Math.max(wide.pageMm.width - POSTER_MAX_PAGE_MM.width, wide.pageMm.height - POSTER_MAX_PAGE_MM.height)).toBeGreaterThan(-5);
    const tall = posterLayout({ x: 0, y: 0, width: 2500, height: 6000 }, legend, READING);
    expect(tall.pageMm.height).toBeGreaterThan(tall.pageMm.width);
    expect(tall.pageMm.height).toBeLessThanOrEqual(POSTER_MAX_PAGE_MM.width);
  });

  it('never draws cards below reading size: a map too big for ARCH E gets a larger page', () => {
    const poster = posterLayout({ x: 0, y: 0, width: 20000, height: 9000 }, legend, READING);
    expect(poster.zoom).toBe(READING);
    expect(poster.pageMm.width).toBeGreaterThan(POSTER_MAX_PAGE_MM.width);
    expect(parse(printFitTransform({ x: 0, y: 0, width: 20000, height: 9000 }, legend, poster.canvasMm)).zoom).toBeGreaterThanOrEqual(READING);
  });
});
