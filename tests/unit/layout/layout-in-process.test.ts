import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVELS } from '../../../src/domain/schema/level';
import { MAX_COORDINATE } from '../../../src/domain/schema/limits';
import type { PathwayMap } from '../../../src/domain/schema/map';
import {
  bandSpans,
  bandsInOrder,
  generatedMap,
  layOut,
  measuredSizes,
  overlaps,
  sampleMap,
  splitGroups,
} from './layout-helpers';

const maps: [string, () => PathwayMap][] = [
  ['the healthcare sample', sampleMap],
  ['a generated 60-occupation map', () => generatedMap(60)],
  ['a generated 500-occupation map (fast settings)', () => generatedMap(500)],
];

describe.each(maps)('layoutInProcess on %s', (_name, load) => {
  const map = load();
  const sizes = measuredSizes(map);

  it('places every card, no two cards overlap, and levels read left to right', async () => {
    const positions = await layOut(map, {}, sizes);
    expect([...positions.keys()].sort()).toEqual([...map.occupations, ...map.steps].map((card) => card.id).sort());
    expect(overlaps(positions, sizes)).toEqual([]);
    const spans = bandSpans(map, positions, sizes);
    expect(spans.map((span) => span.band)).toEqual([0, 1, 2]);
    expect(bandsInOrder(spans)).toBe(true);
  });

  it('gives the same positions for the same input', async () => {
    const first = await layOut(map, {}, sizes);
    const second = await layOut(map, {}, sizes);
    expect([...second]).toEqual([...first]);
  });

  it('keeps the cards of each group together in every column', async () => {
    expect(splitGroups(map, await layOut(map, {}, sizes), sizes)).toEqual([]);
  });

  it('with direction DOWN, puts levels in rows from top to bottom, without overlaps', async () => {
    const positions = await layOut(map, { direction: 'DOWN' }, sizes);
    expect(overlaps(positions, sizes)).toEqual([]);
    expect(bandsInOrder(bandSpans(map, positions, sizes, 'DOWN'))).toBe(true);
    expect(splitGroups(map, positions, sizes, 'DOWN')).toEqual([]);
  });
});

describe('layoutInProcess with awkward maps', () => {
  // Built as objects, not parsed: a map being edited can hold what the parser would refuse.
  const map = (occupations: PathwayMap['occupations'], transitions: [string, string][] = []): PathwayMap => ({
    schemaVersion: 2,
    id: 'awkward',
    title: 'Awkward',
    levels: [...DEFAULT_LEVELS],
    groups: [{ id: 'care', label: 'Care' }],
    occupations,
    steps: [],
    transitions: transitions.map(([from, to], i) => ({ id: `t${i}`, from, to })),
    hiringEvents: [],
    feedback: [],
    sources: [],
  });
  const card = (id: string, level?: 'entry' | 'middle' | 'advanced', groupId?: string) => ({
    id,
    title: id,
    ...(level ? { level } : {}),
    ...(groupId ? { groupId } : {}),
  });
  const expectTidy = async (m: PathwayMap) => {
    const sizes = measuredSizes(m);
    const positions = await layOut(m, {}, sizes);
    expect(positions.size).toBe(m.occupations.length + m.steps.length);
    expect(overlaps(positions, sizes)).toEqual([]);
    expect(bandsInOrder(bandSpans(m, positions, sizes))).toBe(true);
    return positions;
  };

  it('lays out cycles within a level and across levels', async () => {
    await expectTidy(map([card('a', 'entry'), card('b', 'entry'), card('c', 'entry')], [['a', 'b'], ['b', 'a']]));
    await expectTidy(
      map([card('a', 'entry'), card('b', 'middle'), card('c', 'advanced')], [['a', 'b'], ['b', 'c'], ['c', 'a']]),
    );
    await expectTidy(map([card('a', 'middle'), card('b', 'middle'), card('c', 'middle')], [['a', 'b'], ['b', 'c'], ['c', 'a']]));
  });

  it('keeps the columns when moves point back a level or skip one', async () => {
    const positions = await expectTidy(
      map(
        [card('rn', 'advanced'), card('lpn', 'middle'), card('cna', 'entry'), card('ma', 'entry')],
        [['rn', 'cna'], ['lpn', 'cna'], ['cna', 'rn'], ['ma', 'rn']],
      ),
    );
    expect(positions.get('cna')?.x).toBeLessThan(positions.get('lpn')?.x ?? 0);
    expect(positions.get('lpn')?.x).toBeLessThan(positions.get('rn')?.x ?? 0);
  });

  it('reads a lateral move within a level left to right', async () => {
    const positions = await expectTidy(map([card('cna', 'entry'), card('ma', 'entry')], [['cna', 'ma']]));
    expect(positions.get('cna')?.x).toBeLessThan(positions.get('ma')?.x ?? 0);
  });

  it('places isolated occupations in their level’s column', async () => {
    await expectTidy(map([card('a', 'advanced'), card('b', 'entry'), card('c', 'middle'), card('d', 'entry')], [['b', 'a']]));
  });

  it('ignores transitions to missing occupations, self-loops and repeats', async () => {
    await expectTidy(
      map([card('a', 'entry'), card('b', 'middle')], [['a', 'ghost'], ['ghost', 'b'], ['a', 'a'], ['a', 'b'], ['a', 'b']]),
    );
  });

  it('puts occupations without a level between entry and advanced, and lays out those without a group', async () => {
    const positions = await expectTidy(
      map([card('x'), card('e', 'entry', 'care'), card('adv', 'advanced'), card('y', undefined, 'care')], [['e', 'x']]),
    );
    expect(positions.get('e')?.x).toBeLessThan(positions.get('x')?.x ?? 0);
    expect(positions.get('x')?.x).toBeLessThan(positions.get('adv')?.x ?? 0);
  });

  it('keeps even very tall cards apart, and falls back to a default size for unmeasured cards', async () => {
    const m = map([card('a', 'entry'), card('b', 'entry'), card('c', 'middle'), card('d', 'middle')], [['a', 'c']]);
    const sizes = new Map([['a', { width: 300, height: 600 }], ['c', { width: Number.NaN, height: 100 }]]);
    expect(overlaps(await layOut(m, {}, sizes), sizes)).toEqual([]);
  });

  it('spreads cards further apart with roomier spacing', async () => {
    const m = generatedMap(30);
    const extent = (positions: Map<string, { x: number; y: number }>) =>
      Math.max(...[...positions.values()].map((p) => p.x)) + Math.max(...[...positions.values()].map((p) => p.y));
    const compact = extent(await layOut(m, { spacing: 'compact' }));
    const roomy = extent(await layOut(m, { spacing: 'roomy' }));
    expect(roomy).toBeGreaterThan(compact);
  });

  it('centres a layout longer than the canvas allows, and refuses one that could not be saved', async () => {
    const tall = (count: number) => {
      const m = map(Array.from({ length: count }, (_, i) => card(`c${i}`, 'entry')));
      return { m, sizes: new Map(m.occupations.map((o) => [o.id, { width: 240, height: 60_000 }])) };
    };
    // One column of more than five cards is staggered in two (compact-columns.ts), each card about
    // half a card below the one before: 40 × 30,000 px is longer than 1,000,000 and fits once centred on 0.
    const fits = tall(40);
    const positions = await layOut(fits.m, {}, fits.sizes);
    const ys = [...positions.values()].map((p) => p.y);
    expect(Math.min(...ys)).toBeLessThan(0);
    expect(Math.max(...ys.map(Math.abs))).toBeLessThanOrEqual(MAX_COORDINATE);
    expect(overlaps(positions, fits.sizes)).toEqual([]);
    const tooLong = tall(70);
    await expect(layOut(tooLong.m, {}, tooLong.sizes)).rejects.toThrow(/too large to lay out/);
  });

  it('returns no positions for an empty map', async () => {
    expect((await layOut(map([]))).size).toBe(0);
  });
});
