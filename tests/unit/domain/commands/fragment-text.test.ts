import { describe, expect, it } from 'vitest';
import { copyFragment } from '../../../../src/domain/commands/fragment';
import { fragmentAsText } from '../../../../src/domain/commands/fragment-text';
import { buildMap } from '../../../support/build-map';

const map = buildMap({
  occupations: [
    { id: 'welder', title: 'Welder' },
    { id: 'fitter', title: 'Pipefitter' },
    { id: 'inspector', title: 'Inspector' },
  ],
  transitions: [{ id: 'welder-to-fitter', from: 'welder', to: 'fitter', kind: 'advancement' }],
});

describe('copied cards as plain text', () => {
  it('lists the titles, then the moves among them', () => {
    expect(fragmentAsText(copyFragment(map, ['welder', 'fitter']))).toBe('Welder\nPipefitter\n\nMoves:\nWelder → Pipefitter\n');
  });

  it('is only the titles when no move is among them', () => {
    expect(fragmentAsText(copyFragment(map, ['inspector']))).toBe('Inspector\n');
  });
});
