import { describe, expect, it } from 'vitest';
import { selectionWithin } from '../../../src/store/selection';
import { buildMap } from '../../support/build-map';

describe('selectionWithin (what of a selection an undo or redo can restore)', () => {
  it('keeps the selected cards of both kinds and the moves still on the map, and drops the rest', () => {
    const map = buildMap({
      schemaVersion: 2,
      occupations: [{ id: 'rn', title: 'Registered Nurse' }],
      steps: [{ id: 'nclex-rn', kind: 'credential', credentialType: 'license', title: 'NCLEX-RN' }],
      transitions: [{ id: 'licensed', from: 'nclex-rn', to: 'rn' }],
    });
    expect(selectionWithin({ occupationIds: ['nclex-rn', 'rn', 'gone'], transitionIds: ['licensed', 'gone-too'] }, map)).toEqual({
      occupationIds: ['nclex-rn', 'rn'],
      transitionIds: ['licensed'],
    });
  });
});
