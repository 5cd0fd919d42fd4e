import { describe, expect, it } from 'vitest';
import { mapToSvg, type SvgCard } from '../../../src/io/map-svg';
import { LARGE_MAP_CARDS } from '../../../src/layout/canvas-limits';
import { segmentHitsRect, type Point } from '../../../src/layout/edge-route';

const card = (id: string, x: number, y: number): SvgCard => ({ id, x, y, width: 240, height: 110, title: id, lines: ['Entry level'] });

/** The corner points of each arrow, from its path (M, L and Q points trace the legs). */
function arrowLegs(svg: string): Point[][] {
  return [...svg.matchAll(/<path class="arrow" d="([^"]+)"/g)].map((match) =>
    [...match[1]!.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((pair) => ({ x: Number(pair[1]), y: Number(pair[2]) })),
  );
}
const crosses = (points: readonly Point[], box: { x: number; y: number; width: number; height: number }) =>
  points.slice(1).some((point, index) => segmentHitsRect(points[index]!, point, box));

describe('arrows in the exported picture', () => {
  // The healthcare sample's trouble: CNA → LPN two columns apart, Medical Assistant between them on that row.
  const cards = [card('cna', 0, 100), card('medical-assistant', 320, 80), card('lpn', 640, 100)];

  it('go around a card that stands between the two ends of a move', () => {
    const svg = mapToSvg({ title: 'T', groups: [], cards, arrows: [{ from: 'cna', to: 'lpn', kind: 'advancement', label: '12 months' }] });
    const [legs] = arrowLegs(svg);
    expect(legs!.length).toBeGreaterThan(2);
    expect(crosses(legs!, { x: 320, y: 80, width: 240, height: 110 })).toBe(false);
    expect(legs![0]).toEqual({ x: 240, y: 155 });
    expect(legs!.at(-1)).toEqual({ x: 640, y: 155 });
    // The label sits on the lane the arrow runs along, clear of the card (its bottom at 190).
    const labelY = Number(/<text x="[\d.]+" y="([\d.]+)"[^>]*>12 months</.exec(svg)?.[1]);
    expect(labelY).toBeGreaterThan(190);
  });

  it('step straight across when nothing is in the way, as the canvas draws them', () => {
    const svg = mapToSvg({ title: 'T', groups: [], cards: [card('a', 0, 0), card('b', 320, 200)], arrows: [{ from: 'a', to: 'b', kind: 'lateral' }] });
    expect(/<path class="arrow" d="([^"]+)"/.exec(svg)?.[1]).toBe('M240,55 L270,55 Q280,55 280,65 L280,245 Q280,255 290,255 L320,255');
  });

  it('use the card as drawn, grown to hold a long title, when finding the way around it', () => {
    const tall = { ...card('medical-assistant', 320, 0), height: 40, title: 'A very long occupation title that wraps onto three lines', lines: ['One', 'Two', 'Three', 'Four'] };
    const svg = mapToSvg({ title: 'T', groups: [], cards: [card('cna', 0, 40), tall, card('lpn', 640, 40)], arrows: [{ from: 'cna', to: 'lpn', kind: 'advancement' }] });
    const drawn = Number(/<g transform="translate\(320 0\)">\n<rect width="240" height="([\d.]+)"/.exec(svg)?.[1]);
    // The row's line (y 95) passes well below the card as declared (40 high) but through it as drawn.
    expect(drawn).toBeGreaterThan(110);
    expect(crosses(arrowLegs(svg)[0]!, { x: 320, y: 0, width: 240, height: drawn })).toBe(false);
  });

  it('go around cards on maps up to the large-map size, and run straight above it, as the canvas draws them', () => {
    // The CNA → LPN arrow with a card between, and other cards far below, out of the way.
    const arrows = [{ from: 'cna', to: 'lpn', kind: 'advancement' as const }];
    const withCards = (count: number) => [...cards, ...Array.from({ length: count - cards.length }, (_, index) => card(`far-${index}`, (index % 20) * 320, 2_000 + Math.floor(index / 20) * 200))];
    const legsAt = (count: number) => arrowLegs(mapToSvg({ title: 'T', groups: [], cards: withCards(count), arrows }))[0]!;
    expect(crosses(legsAt(LARGE_MAP_CARDS), { x: 320, y: 80, width: 240, height: 110 })).toBe(false);
    expect(crosses(legsAt(LARGE_MAP_CARDS + 1), { x: 320, y: 80, width: 240, height: 110 })).toBe(true);
  });
});
