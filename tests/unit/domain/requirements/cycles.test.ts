import { describe, expect, it } from 'vitest';
import { findRequirementCycles, type CardWithEntry } from '../../../../src/domain/requirements/cycles';

const needs = (...ids: string[]) => ({ type: 'all' as const, of: ids.map((cardId) => ({ type: 'credential' as const, cardId })) });

describe('requirement cycles', () => {
  it('finds a card whose way in leads back to itself, at the item that closes the loop', () => {
    const cards: CardWithEntry[] = [
      { id: 'cna', path: 'steps[0]' },
      { id: 'lpn', path: 'steps[1]', toGetIn: needs('cna', 'rn') },
      { id: 'rn', path: 'steps[2]', toGetIn: needs('lpn') },
    ];
    expect(findRequirementCycles(cards.map((card) => ({ ...card, path: `${card.path}.toGetIn` })))).toEqual([
      { path: 'steps[2].toGetIn.of[0]', cycle: ['lpn', 'rn', 'lpn'] },
    ]);
  });

  it('finds a card that requires itself, and none where the requirements only branch and meet', () => {
    expect(findRequirementCycles([{ id: 'a', path: 'steps[0].toGetIn', toGetIn: needs('a') }])).toEqual([
      { path: 'steps[0].toGetIn.of[0]', cycle: ['a', 'a'] },
    ]);
    const diamond: CardWithEntry[] = [
      { id: 'top', path: 'a', toGetIn: needs('left', 'right') },
      { id: 'left', path: 'b', toGetIn: needs('bottom') },
      { id: 'right', path: 'c', toGetIn: needs('bottom') },
      { id: 'bottom', path: 'd' },
    ];
    expect(findRequirementCycles(diamond)).toEqual([]);
  });

  it('ignores items that point at no card (a dangling id is reported elsewhere)', () => {
    expect(findRequirementCycles([{ id: 'a', path: 'p', toGetIn: needs('ghost') }])).toEqual([]);
  });

  it('walks a chain of 10,000 cards without running out of stack', () => {
    const chain: CardWithEntry[] = Array.from({ length: 10_000 }, (_, index) => ({
      id: `c${index}`,
      path: `steps[${index}].toGetIn`,
      toGetIn: needs(`c${(index + 1) % 10_000}`),
    }));
    const [cycle] = findRequirementCycles(chain);
    expect(cycle?.cycle).toHaveLength(10_001);
    expect(cycle?.path).toBe('steps[9999].toGetIn.of[0]');
  });
});
