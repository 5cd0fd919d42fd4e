import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVELS } from '../../../src/domain/schema/level';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { MAX_COLUMN_CARDS } from '../../../src/layout/balance-layers';
import { TALLEST_CARD_SIZE } from '../../../src/layout/card-geometry';
import { layOut, overlaps } from './layout-helpers';

const map = (occupations: [id: string, level: string][], transitions: [string, string][]): PathwayMap => ({
  schemaVersion: 2,
  id: 'columns',
  title: 'Columns',
  levels: [...DEFAULT_LEVELS],
  groups: [],
  occupations: occupations.map(([id, level]) => ({ id, title: id, level })),
  steps: [],
  transitions: transitions.map(([from, to], i) => ({ id: `t${i}`, from, to })),
  hiringEvents: [],
  feedback: [],
  sources: [],
});
const unmeasured = new Map<string, { width: number; height: number }>();
const h = TALLEST_CARD_SIZE.height;

describe('compact columns (a readable map laid out to the right)', () => {
  // One entry card leading to eight middle cards, all leading to one advanced card.
  const middle = Array.from({ length: 8 }, (_, i) => `m${i}`);
  const fan = map(
    [['start', 'entry'], ...middle.map((id): [string, string] => [id, 'middle']), ['top', 'advanced']],
    [...middle.map((id): [string, string] => ['start', id]), ...middle.map((id): [string, string] => [id, 'top'])],
  );

  it('staggers a column of more than five cards in two, each card facing the gap between two of the other', async () => {
    const positions = await layOut(fan, {}, unmeasured);
    expect(overlaps(positions, unmeasured)).toEqual([]);
    const xs = [...new Set(middle.map((id) => positions.get(id)!.x))].sort((a, b) => a - b);
    expect(xs).toHaveLength(2);
    const [near, far] = [middle.filter((id) => positions.get(id)!.x === xs[0]), middle.filter((id) => positions.get(id)!.x === xs[1])];
    expect(near.length).toBeLessThanOrEqual(MAX_COLUMN_CARDS);
    // The level line through each far card's middle (its arrows in) passes no near card.
    for (const id of far) {
      const line = positions.get(id)!.y + h / 2;
      for (const other of near) {
        const top = positions.get(other)!.y;
        expect(line < top - 4 || line > top + h + 4, `${id}'s line clear of ${other}`).toBe(true);
      }
    }
    // Well under the height of one stack of eight (8 cards, 7 gaps of 32 px).
    const ys = middle.map((id) => positions.get(id)!.y);
    expect(Math.max(...ys) + h - Math.min(...ys)).toBeLessThan((8 * h + 7 * 32) * 0.7);
    expect(positions.get('start')!.x).toBeLessThan(xs[0]!);
    expect(positions.get('top')!.x).toBeGreaterThan(xs[1]!);
  });

  it('moves cards of a crowded column to another column of their level before staggering', async () => {
    // Seven entry cards, two of them joined by a lateral move: the level spans two columns.
    const entry = Array.from({ length: 7 }, (_, i) => `e${i}`);
    const positions = await layOut(
      map([...entry.map((id): [string, string] => [id, 'entry']), ['end', 'middle']], [['e0', 'e1'], ...entry.map((id): [string, string] => [id, 'end'])]),
      {},
      unmeasured,
    );
    const columns = new Map<number, number>();
    for (const id of entry) columns.set(positions.get(id)!.x, (columns.get(positions.get(id)!.x) ?? 0) + 1);
    expect(Math.max(...columns.values())).toBeLessThanOrEqual(MAX_COLUMN_CARDS);
    expect(positions.get('e0')!.x).toBeLessThan(positions.get('e1')!.x);
    expect(Math.max(...entry.map((id) => positions.get(id)!.x))).toBeLessThan(positions.get('end')!.x);
  });

  it('gives a gap between columns room for one channel per card whose arrows turn in it', async () => {
    const few = await layOut(map([['a', 'entry'], ['b', 'middle']], [['a', 'b']]), {}, unmeasured);
    const gapFew = few.get('b')!.x - few.get('a')!.x - TALLEST_CARD_SIZE.width;
    const many = Array.from({ length: 5 }, (_, i) => `s${i}`);
    const crowded = await layOut(
      map([...many.map((id): [string, string] => [id, 'entry']), ['b', 'middle']], many.map((id): [string, string] => [id, 'b'])),
      {},
      unmeasured,
    );
    const gapMany = crowded.get('b')!.x - crowded.get('s0')!.x - TALLEST_CARD_SIZE.width;
    expect(gapFew).toBeLessThan(120);
    expect(gapMany).toBeGreaterThan(gapFew);
  });
});
