import { describe, expect, it } from 'vitest';
import { toLayoutMap } from '../../../src/layout/layout-map';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { LARGE_MAP_CARDS } from '../../../src/layout/canvas-limits';
import { fromElk } from '../../../src/layout/from-elk';
import { TALLEST_CARD_SIZE } from '../../../src/layout/card-geometry';
import { DEFAULT_LAYOUT_OPTIONS } from '../../../src/layout/layout-options';
import { edgesWithinBudget, LONG_EDGE_NODE_BUDGET, toElkGraph } from '../../../src/layout/to-elk';
import { generatedMap, sampleMap } from './layout-helpers';

const options = DEFAULT_LAYOUT_OPTIONS;

describe('toElkGraph', () => {
  it('makes one node per occupation with its measured size, or the default size when unmeasured or unusable', () => {
    const map = sampleMap();
    const sizes = new Map([
      ['cna', { width: 250, height: 132 }],
      ['rn', { width: -1, height: 120 }],
    ]);
    const graph = toElkGraph(toLayoutMap(map), sizes, options);
    const node = (id: string) => graph.children?.find((child) => child.id === id);
    expect(graph.children).toHaveLength(map.occupations.length + map.steps.length);
    expect(node('cna')).toMatchObject({ width: 250, height: 132 });
    expect(node('rn')).toMatchObject(TALLEST_CARD_SIZE);
    expect(node('lpn')).toMatchObject(TALLEST_CARD_SIZE);
  });

  it('hands elk only transitions between two different occupations on the map, once each, pointing forward', () => {
    const map: PathwayMap = {
      ...sampleMap(),
      transitions: [
        { id: 'x1', from: 'cna', to: 'lpn' },
        { id: 'x2', from: 'cna', to: 'lpn' },
        { id: 'x3', from: 'rn', to: 'cna' },
        { id: 'x4', from: 'cna', to: 'cna' },
        { id: 'x5', from: 'cna', to: 'nobody' },
      ],
    };
    const graph = toElkGraph(toLayoutMap(map), new Map(), options);
    expect(graph.edges?.map((edge) => [edge.sources[0], edge.targets[0]])).toEqual([
      ['cna', 'lpn'],
      ['cna', 'rn'],
    ]);
    expect(new Set(graph.edges?.map((edge) => edge.id)).size).toBe(2);
  });

  it('fixes layers and order from positions, keeps every card in its column, and follows the direction', () => {
    const graph = toElkGraph(toLayoutMap(sampleMap()), new Map(), { ...options, direction: 'DOWN' });
    expect(graph.layoutOptions).toMatchObject({
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.layered.layering.strategy': 'INTERACTIVE',
      'elk.separateConnectedComponents': 'false',
    });
    const y = (id: string) => graph.children?.find((child) => child.id === id)?.y ?? Number.NaN;
    expect(y('cna')).toBeLessThan(y('lpn'));
    expect(y('lpn')).toBeLessThan(y('rn'));
  });

  it('uses readable settings for small maps and fast ones for large maps', () => {
    const small = toElkGraph(toLayoutMap(generatedMap(LARGE_MAP_CARDS)), new Map(), options);
    expect(small.layoutOptions?.['elk.layered.crossingMinimization.semiInteractive']).toBe('true');
    expect(small.layoutOptions?.['elk.layered.nodePlacement.strategy']).toBeUndefined();
    expect(small.children?.[0]?.layoutOptions?.['elk.position']).toMatch(/^\(\d+,\d+\)$/);

    const large = toElkGraph(toLayoutMap(generatedMap(LARGE_MAP_CARDS + 1)), new Map(), options);
    expect(large.layoutOptions).toMatchObject({
      'elk.layered.crossingMinimization.strategy': 'NONE',
      'elk.layered.nodePlacement.strategy': 'SIMPLE',
    });
    expect(large.children?.[0]?.layoutOptions).toBeUndefined();
  });

  it('keeps a map at the documented limits (5,000 cards, 20,000 moves) small enough for elk to lay out', () => {
    // elk adds a node of its own to each layer a transition crosses: 33 million here, and the tab died.
    // A large map's columns are stacked in our order, where transitions move nothing: elk gets none.
    const graph = toElkGraph(toLayoutMap(generatedMap(5000, 20000)), new Map(), options);
    expect(graph.children).toHaveLength(5000);
    expect(graph.edges).toEqual([]);
  });

  it('gives elk the long transitions of a small map only within a budget, and every short one', () => {
    const ladder = {
      layerOf: new Map(Array.from({ length: 300 }, (_, i) => [`c${i}`, i])),
      // A chain, and a move from every card to the last: ~44,000 crossed layers in all.
      edges: Array.from({ length: 299 }, (_, i) => [
        { source: `c${i}`, target: `c${i + 1}` },
        ...(i < 298 ? [{ source: `c${i}`, target: 'c299' }] : []),
      ]).flat(),
    };
    const kept = edgesWithinBudget(ladder.edges, ladder.layerOf);
    const crossed = kept.reduce((sum, edge) => sum + ladder.layerOf.get(edge.target)! - ladder.layerOf.get(edge.source)! - 1, 0);
    expect(crossed).toBeLessThanOrEqual(LONG_EDGE_NODE_BUDGET);
    expect(kept.filter((edge) => ladder.layerOf.get(edge.target)! - ladder.layerOf.get(edge.source)! === 1)).toHaveLength(299);
    expect(kept.length).toBeLessThan(ladder.edges.length);
  });

  it('sets gaps from the spacing option', () => {
    const gaps = (spacing: 'compact' | 'roomy') =>
      Number(toElkGraph(toLayoutMap(sampleMap()), new Map(), { ...options, spacing }).layoutOptions?.['elk.spacing.nodeNode']);
    expect(gaps('roomy')).toBeGreaterThan(gaps('compact'));
  });
});

describe('fromElk', () => {
  it('reads top-left positions rounded to whole pixels and skips cards elk did not place', () => {
    const positions = fromElk({
      id: 'root',
      children: [
        { id: 'a', x: 10.4, y: 20.6 },
        { id: 'b', x: -3.5, y: 0 },
        { id: 'c' },
        { id: 'd', x: Number.NaN, y: 1 },
      ],
    });
    expect([...positions]).toEqual([
      ['a', { x: 10, y: 21 }],
      ['b', { x: -3, y: 0 }],
    ]);
  });
});
