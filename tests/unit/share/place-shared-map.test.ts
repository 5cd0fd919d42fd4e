import { describe, expect, it } from 'vitest';
import { placeSharedMap } from '../../../src/features/share/place-shared-map';
import { buildMap } from '../../support/build-map';

const shared = buildMap({
  id: 'healthcare',
  title: 'Healthcare careers',
  occupations: [{ id: 'cna', title: 'Nursing Assistant' }],
});
const changed = { ...shared, occupations: [{ ...shared.occupations[0]!, title: 'Certified Nursing Assistant' }] };

describe('placeSharedMap: where a shared map goes in the library', () => {
  it('adds a map the library does not have', () => {
    expect(placeSharedMap([], shared)).toEqual({ kind: 'add' });
    expect(placeSharedMap([buildMap({ id: 'other' })], shared)).toEqual({ kind: 'add' });
  });

  it('opens the map with the same id when it is identical', () => {
    expect(placeSharedMap([buildMap({ id: 'other' }), { ...shared }], shared)).toEqual({ kind: 'open', mapId: 'healthcare' });
  });

  it('adds the shared map beside one with the same id that differs (never over it)', () => {
    expect(placeSharedMap([changed], shared)).toEqual({ kind: 'add' });
  });

  it('opens the copy an earlier opening of the same link added, instead of another copy', () => {
    expect(placeSharedMap([changed, { ...shared, id: 'healthcare-2' }], shared)).toEqual({ kind: 'open', mapId: 'healthcare-2' });
  });

  it('a map whose id merely starts the same, or a changed copy, is not taken for the shared one', () => {
    expect(placeSharedMap([changed, { ...shared, id: 'healthcare-north' }], shared)).toEqual({ kind: 'add' });
    expect(placeSharedMap([changed, { ...changed, id: 'healthcare-2' }], shared)).toEqual({ kind: 'add' });
  });
});
