import { describe, expect, it } from 'vitest';
import { ladderLayers } from '../../../src/layout/ladder-layers';
import type { LayoutMap } from '../../../src/layout/layout-map';

type Level = string | undefined;

function map(cards: [id: string, level: Level][], transitions: [string, string][] = [], levels = ['entry', 'middle', 'advanced']): LayoutMap {
  return {
    levels,
    groups: [],
    cards: cards.map(([id, level]) => ({ id, ...(level ? { level } : {}) })),
    transitions: transitions.map(([from, to]) => ({ from, to })),
  };
}

describe('ladderLayers', () => {
  it('puts entry, middle and advanced cards in successive layers, a card without level in the middle', () => {
    const ladder = ladderLayers(map([['rn', 'advanced'], ['x', undefined], ['cna', 'entry'], ['lpn', 'middle']]));
    expect(ladder.layers).toEqual([['cna'], ['x', 'lpn'], ['rn']]);
  });

  it("follows the map's own levels: five levels give five columns in their order, a card without level in the middle one", () => {
    const terms = ['t1', 't2', 't3', 't4', 't5'];
    const ladder = ladderLayers(map([['e', 't5'], ['a', 't1'], ['x', undefined], ['d', 't4'], ['b', 't2'], ['c', 't3']], [], terms));
    expect(ladder.layers).toEqual([['a'], ['b'], ['x', 'c'], ['d'], ['e']]);
    const reordered = ladderLayers(map([['a', 't1'], ['b', 't2']], [], ['t2', 't1']));
    expect(reordered.layers).toEqual([['b'], ['a']]);
  });

  it('spreads a level over sub-layers along its lateral moves, and skips empty levels', () => {
    const ladder = ladderLayers(
      map([['cna', 'entry'], ['ma', 'entry'], ['pt', 'entry'], ['rn', 'advanced']], [['cna', 'ma'], ['ma', 'pt'], ['cna', 'rn']]),
    );
    expect(ladder.layers).toEqual([['cna'], ['ma'], ['pt'], ['rn']]);
  });

  it('turns moves that point back a level forward, so every edge goes to a later layer', () => {
    const ladder = ladderLayers(map([['rn', 'advanced'], ['cna', 'entry']], [['rn', 'cna']]));
    expect(ladder.edges).toEqual([{ source: 'cna', target: 'rn' }]);
  });

  it('breaks cycles within a level and keeps every edge pointing forward', () => {
    const m = map([['a', 'middle'], ['b', 'middle'], ['c', 'middle']], [['a', 'b'], ['b', 'c'], ['c', 'a']]);
    const ladder = ladderLayers(m);
    expect(ladder.layers).toEqual([['a'], ['b'], ['c']]);
    for (const edge of ladder.edges) {
      expect(ladder.layerOf.get(edge.source)).toBeLessThan(ladder.layerOf.get(edge.target) ?? -1);
    }
    expect(ladder.edges).toHaveLength(3);
  });

  it('merges a move and its way back into one edge', () => {
    expect(ladderLayers(map([['a', 'entry'], ['b', 'middle']], [['a', 'b'], ['b', 'a']])).edges).toEqual([
      { source: 'a', target: 'b' },
    ]);
  });

  it('drops transitions to missing occupations, self-loops and repeats, and repeated occupation ids', () => {
    const m = map([['a', 'entry'], ['b', 'middle'], ['a', 'advanced']], [['a', 'zz'], ['zz', 'b'], ['b', 'b'], ['a', 'b'], ['a', 'b']]);
    const ladder = ladderLayers(m);
    expect(ladder.edges).toEqual([{ source: 'a', target: 'b' }]);
    expect(ladder.layers).toEqual([['a'], ['b']]);
  });

  it('handles a chain of 5,000 lateral moves without running out of stack', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `o${i}`);
    const m = map(
      ids.map((id) => [id, 'entry']),
      ids.slice(1).map((id, i) => [ids[i] ?? '', id]),
    );
    const ladder = ladderLayers(m);
    expect(ladder.layers).toHaveLength(5000);
  });
});
