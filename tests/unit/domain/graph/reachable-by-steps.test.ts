import { describe, expect, it } from 'vitest';
import { reachableBySteps } from '../../../../src/domain/graph/reachable-by-steps';
import { graphMap, move, occupation } from './graph-maps';

const rings = (map: Parameters<typeof reachableBySteps>[0], id: string) =>
  reachableBySteps(map, id).map((ring) => [ring.steps, ring.occupations.map((o) => o.id)]);

describe('reachableBySteps', () => {
  it('lists everything a job leads to by the fewest moves, nearest first, in map order within a ring', () => {
    const map = graphMap(
      ['a', 'b', 'c', 'd', 'e', 'lone'].map((id) => occupation(id)),
      [move('a', 'c'), move('a', 'b'), move('b', 'd'), move('c', 'd'), move('d', 'e'), move('a', 'e')],
    );
    expect(rings(map, 'a')).toEqual([
      [1, ['b', 'c', 'e']],
      [2, ['d']],
    ]);
    expect(rings(map, 'd')).toEqual([[1, ['e']]]);
    expect(rings(map, 'lone')).toEqual([]);
  });

  it('ends on cycles and never lists the job itself', () => {
    const map = graphMap(['a', 'b', 'c'].map((id) => occupation(id)), [move('a', 'b'), move('b', 'c'), move('c', 'a')]);
    expect(rings(map, 'a')).toEqual([
      [1, ['b']],
      [2, ['c']],
    ]);
  });

  it('is empty for an id that is not on the map', () => {
    expect(reachableBySteps(graphMap([occupation('a')], []), 'nope')).toEqual([]);
  });

  it('goes as far as the moves go, beyond the route search bound', () => {
    const chain = Array.from({ length: 30 }, (_, index) => `j${index}`);
    const map = graphMap(chain.map((id) => occupation(id)), chain.slice(1).map((id, index) => move(chain[index] ?? '', id)));
    const found = reachableBySteps(map, 'j0');
    expect(found).toHaveLength(29);
    expect(found[28]).toMatchObject({ steps: 29, occupations: [{ id: 'j29' }] });
  });
});
