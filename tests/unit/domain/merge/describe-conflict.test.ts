import { describe, expect, it } from 'vitest';
import { conflictLabel, conflictValueWords } from '../../../../src/domain/merge/describe-conflict';
import { buildMap } from '../../../support/build-map';

const map = buildMap({
  occupations: [
    { id: 'welder', title: 'Welder' },
    { id: 'fitter', title: 'Pipefitter' },
  ],
  transitions: [{ id: 'welder-to-fitter', from: 'welder', to: 'fitter', kind: 'advancement' }],
});

describe('a conflict told in words', () => {
  it('names the card, the move or the map, and the field', () => {
    expect(conflictLabel({ path: '', collection: 'occupations', id: 'welder', field: 'socCode', mine: 1, theirs: 2 }, [map])).toBe(
      'Occupation “Welder”: soc code',
    );
    expect(conflictLabel({ path: '', collection: 'transitions', id: 'welder-to-fitter', field: 'kind', mine: 1, theirs: 2 }, [map])).toBe(
      'Move from “Welder” to “Pipefitter”: kind',
    );
    expect(conflictLabel({ path: '', field: 'title', mine: 'a', theirs: 'b' }, [map])).toBe('Map: title');
  });

  it('names a card only the other tab still has, and says which side removed it', () => {
    const conflict = { path: '', collection: 'occupations', id: 'gone', mine: undefined, theirs: { id: 'gone', title: 'Inspector' } };
    const theirs = { ...map, occupations: [{ id: 'gone', title: 'Inspector' }] };
    expect(conflictLabel(conflict, [map, theirs])).toBe('Occupation “Inspector”');
    expect(conflictValueWords(conflict, conflict.mine)).toBe('(deleted)');
    expect(conflictValueWords(conflict, conflict.theirs)).toBe('kept, with its changes');
  });

  it('shows text as typed and other values as JSON', () => {
    const conflict = { path: '', collection: 'occupations', id: 'welder', field: 'wage', mine: 'x', theirs: 'y' };
    expect(conflictValueWords(conflict, 'Machinist A')).toBe('Machinist A');
    expect(conflictValueWords(conflict, { min: 20 })).toBe('{"min":20}');
    expect(conflictValueWords(conflict, undefined)).toBe('(empty)');
  });
});
