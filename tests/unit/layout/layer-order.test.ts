import { describe, expect, it } from 'vitest';
import { orderLayers } from '../../../src/layout/layer-order';

const groups: Record<string, number> = { a1: 0, a2: 1, a3: 0, b1: 1, b2: 0, b3: 1, u: 9 };
const rank = (id: string) => groups[id] ?? 0;
const sameGroup = () => 0;

describe('orderLayers', () => {
  it('keeps each group together, in group order, in every layer', () => {
    const ordered = orderLayers([['u', 'a1', 'a2', 'a3'], ['b1', 'b2', 'b3']], [], rank);
    expect(ordered).toEqual([['a1', 'a3', 'a2', 'u'], ['b2', 'b1', 'b3']]);
  });

  it('untangles crossing transitions', () => {
    const ordered = orderLayers(
      [['a1', 'a2'], ['b1', 'b2']],
      [
        { source: 'a1', target: 'b2' },
        { source: 'a2', target: 'b1' },
      ],
      sameGroup,
    );
    const [first, second] = ordered;
    const crossing = (first?.indexOf('a1') ?? 0) < (first?.indexOf('a2') ?? 0) !== (second?.indexOf('b2') ?? 0) < (second?.indexOf('b1') ?? 0);
    expect(crossing).toBe(false);
  });

  it('orders within a group only: transitions never pull a card into another group', () => {
    const ordered = orderLayers(
      [['a1', 'a2'], ['b1', 'b2']],
      [
        { source: 'a1', target: 'b1' },
        { source: 'a2', target: 'b2' },
      ],
      rank,
    );
    expect(ordered).toEqual([['a1', 'a2'], ['b2', 'b1']]);
  });

  it('keeps the given order for cards without transitions, and is deterministic', () => {
    const layers = [['c', 'a', 'b'], ['z', 'y']];
    expect(orderLayers(layers, [], sameGroup)).toEqual(layers);
    const edges = [{ source: 'a', target: 'y' }, { source: 'c', target: 'z' }];
    expect(orderLayers(layers, edges, sameGroup)).toEqual(orderLayers(layers, edges, sameGroup));
  });
});
