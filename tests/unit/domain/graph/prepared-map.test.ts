import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { findRoutes } from '../../../../src/domain/graph/find-routes';
import { graphMap, ids, move, occupation } from './graph-maps';

// The route search keeps what it works out of a map per map object (prepared-map.ts): an edited map
// is a new object, so its routes are its own, never the last version's.
describe('routes after an edit', () => {
  const map = graphMap([occupation('a'), occupation('b'), occupation('c')], [move('a', 'b', { typicalMonths: 6 }), move('b', 'c', { typicalMonths: 6 }), move('a', 'c', { typicalMonths: 24 })]);

  it('follow the edited map: a removed move is gone and a changed time re-ranks the routes', () => {
    expect(ids(findRoutes(map, { from: 'a', to: 'c' }).routes)).toEqual([['a', 'b', 'c'], ['a', 'c']]);

    const slower = produce(map, (draft) => {
      draft.transitions[0]!.typicalMonths = 48;
    });
    expect(ids(findRoutes(slower, { from: 'a', to: 'c' }).routes)).toEqual([['a', 'c'], ['a', 'b', 'c']]);

    const without = produce(map, (draft) => {
      draft.transitions.splice(2, 1);
    });
    expect(ids(findRoutes(without, { from: 'a', to: 'c' }).routes)).toEqual([['a', 'b', 'c']]);
    // The first version still reads as it did.
    expect(ids(findRoutes(map, { from: 'a', to: 'c' }).routes)).toEqual([['a', 'b', 'c'], ['a', 'c']]);
  });
});
