import { describe, expect, it } from 'vitest';
import { toLayoutMap } from '../../../src/layout/layout-map';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { keepPinned } from '../../../src/layout/keep-pinned';
import { DEFAULT_LAYOUT_OPTIONS, type Point } from '../../../src/layout/layout-options';
import { bandSpans, bandsInOrder, generatedMap, layOut, measuredSizes, overlaps, sampleMap } from './layout-helpers';

/** The map with saved positions for some cards (as a drag would leave them). */
function withPositions(map: PathwayMap, positions: Record<string, Point>): PathwayMap {
  return {
    ...map,
    occupations: map.occupations.map((o) => (positions[o.id] ? { ...o, position: positions[o.id] } : o)),
  };
}

describe('keeping pinned cards (layoutInProcess with keepPinned)', () => {
  it('leaves pinned cards where the user put them and moves the others out of their way', async () => {
    const plain = sampleMap();
    const before = await layOut(plain);
    // Pin LPN right on top of the paramedic, and RN half over the lab technologist.
    const lpn = before.get('paramedic') ?? { x: 0, y: 0 };
    const rn = { x: (before.get('lab-technologist')?.x ?? 0) + 30, y: (before.get('lab-technologist')?.y ?? 0) - 40 };
    const map = withPositions(plain, { lpn, rn });
    const sizes = measuredSizes(map);
    const pinned = new Set(['lpn', 'rn']);

    const positions = await layOut(map, { keepPinned: true }, sizes, pinned);
    expect(positions.get('lpn')).toEqual(lpn);
    expect(positions.get('rn')).toEqual(rn);
    expect(overlaps(positions, sizes)).toEqual([]);
    expect(positions.get('paramedic')?.x).toBe(before.get('paramedic')?.x);
  });

  it('keeps a generated map tidy around cards pinned in the middle of its columns', async () => {
    const plain = generatedMap(60);
    const before = await layOut(plain);
    const spots = { 'occ-10': before.get('occ-13'), 'occ-20': before.get('occ-23'), 'occ-31': before.get('occ-40') };
    const map = withPositions(plain, spots as Record<string, Point>);
    const sizes = measuredSizes(map);
    const positions = await layOut(map, { keepPinned: true }, sizes, new Set(Object.keys(spots)));
    for (const [id, spot] of Object.entries(spots)) expect(positions.get(id)).toEqual(spot);
    expect(overlaps(positions, sizes)).toEqual([]);
  });

  it('lays out pinned cards like the rest when keepPinned is off, or when they have no saved position', async () => {
    const plain = sampleMap();
    const before = await layOut(plain);
    const map = withPositions(plain, { lpn: { x: 5000, y: 5000 } });
    expect(await layOut(map, { keepPinned: false }, measuredSizes(map), new Set(['lpn']))).toEqual(before);
    expect(await layOut(plain, { keepPinned: true }, measuredSizes(plain), new Set(['lpn']))).toEqual(before);
  });

  it('works downwards too, pushing cards along their row', async () => {
    const plain = sampleMap();
    const before = await layOut(plain, { direction: 'DOWN' });
    const emt = before.get('cna') ?? { x: 0, y: 0 };
    const map = withPositions(plain, { emt });
    const sizes = measuredSizes(map);
    const positions = await layOut(map, { direction: 'DOWN', keepPinned: true }, sizes, new Set(['emt']));
    expect(positions.get('emt')).toEqual(emt);
    expect(overlaps(positions, sizes)).toEqual([]);
    expect(positions.get('cna')?.y).toBe(before.get('cna')?.y);
  });

  it('moves cards only along their column, so the ladder order holds', () => {
    const card = { width: 240, height: 100 };
    const sizes = new Map(['a', 'b', 'c', 'p'].map((id) => [id, card]));
    const laidOut = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 0, y: 130 }],
      ['c', { x: 0, y: 260 }],
      ['p', { x: 400, y: 0 }],
    ]);
    const map = withPositions(
      { ...sampleMap(), occupations: ['a', 'b', 'c', 'p'].map((id) => ({ id, title: id, level: 'entry' as const })) },
      { p: { x: 20, y: 120 } },
    );
    const positions = keepPinned(laidOut, toLayoutMap(map), sizes, new Set(['p']), DEFAULT_LAYOUT_OPTIONS);
    expect(positions.get('p')).toEqual({ x: 20, y: 120 });
    expect(positions.get('a')).toEqual({ x: 0, y: 0 });
    expect(positions.get('b')).toEqual({ x: 0, y: 120 + 100 + 32 });
    expect(positions.get('c')).toEqual({ x: 0, y: 252 + 100 + 32 });
    expect(overlaps(positions, sizes)).toEqual([]);
    expect(bandsInOrder(bandSpans(map, positions, sizes))).toBe(true);
  });
});
