import { describe, expect, it } from 'vitest';
import { cardDescribedBy, cardPartId } from '../../../src/features/canvas/card-description';

describe("a card's description ids", () => {
  it('are one space-free id per part, whatever the card id holds (spaces, quotes, a lone surrogate)', () => {
    for (const nodeId of ['cna', 'nursing assistant', 'a"b<c>', 'a\ud800b', 'é']) {
      const id = cardPartId('1', nodeId, 'details');
      expect(id).toMatch(/^1-card-details-\S+$/);
    }
    expect(cardPartId('1', 'a b', 'details')).not.toBe(cardPartId('1', 'a_b', 'details'));
  });

  it("name the card's parts in order, React Flow's keyboard hint last", () => {
    expect(cardDescribedBy('flow', 'cna', ['picked', 'details'])).toBe('flow-card-picked-cna flow-card-details-cna react-flow__node-desc-flow');
  });
});
