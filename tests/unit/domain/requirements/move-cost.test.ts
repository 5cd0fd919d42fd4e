import { describe, expect, it } from 'vitest';
import { costOf } from '../../../../src/domain/requirements/cost';
import { cardItemCost, HOURS_PER_MONTH, moveCost, type PricedCard } from '../../../../src/domain/requirements/move-cost';
import type { Requirement } from '../../../../src/domain/schema/requirement';

const credential = (cardId: string) => ({ type: 'credential' as const, cardId });
// The ADN degree takes its program (24 months, $9,000) and a $200 licence exam; the BSN program's cost is not known.
const CARDS = new Map<string, PricedCard>([
  ['adn-program', { own: costOf(9_000, 24) }],
  ['adn', { own: costOf(200, 0), toGetIn: { type: 'all', of: [{ type: 'program', cardId: 'adn-program' }] } }],
  ['bsn', { own: costOf(undefined, 48) }],
  ['loop', { own: costOf(0, 0), toGetIn: { type: 'all', of: [credential('loop')] } }],
]);
const ANY_DEGREE: Requirement = { type: 'any', of: [credential('adn'), credential('bsn')] };

describe('what a move takes', () => {
  it('counts a card with the cheapest way into it, and says which degree it assumed', () => {
    const { cost, way } = moveCost({ requirements: ANY_DEGREE }, cardItemCost(CARDS));
    expect(cost).toEqual({ usd: 9_200, months: 24, unknownUsdParts: 0, unknownMonthParts: 0 });
    expect(way?.choices).toEqual([{ path: '', chosen: [[credential('adn')]], of: 2 }]);
  });

  it('keeps the figures its source states, and takes the rest from the requirements', () => {
    const { cost } = moveCost({ requirements: ANY_DEGREE, typicalMonths: 30 }, cardItemCost(CARDS));
    expect(cost).toEqual({ usd: 9_200, months: 30, unknownUsdParts: 0, unknownMonthParts: 0 });
  });

  it('never counts what is not known as nothing', () => {
    const itemCost = cardItemCost(CARDS);
    expect(moveCost({}, itemCost).cost).toEqual({ usd: 0, months: 0, unknownUsdParts: 1, unknownMonthParts: 1 });
    expect(moveCost({ requirements: { type: 'all', of: [{ type: 'other', text: 'A clean record' }] } }, itemCost).cost.unknownUsdParts).toBe(1);
    expect(moveCost({ requirements: { type: 'all', of: [credential('bsn')] } }, itemCost).cost).toEqual({
      usd: 0,
      months: 48,
      unknownUsdParts: 1,
      unknownMonthParts: 0,
    });
  });

  it('counts experience as time, hours as full-time months, and money as none (a course\'s money as not known)', () => {
    const itemCost = cardItemCost(CARDS);
    expect(itemCost({ type: 'experience', months: 12 })).toEqual(costOf(0, 12));
    expect(itemCost({ type: 'experience', hours: 2_080 })).toEqual(costOf(0, 2_080 / HOURS_PER_MONTH));
    // A course of 6 months takes that time; what it costs is not known.
    expect(itemCost({ type: 'program', text: 'Phlebotomy course', months: 6 })).toEqual(costOf(undefined, 6));
  });

  it('does not loop on a card whose way in comes back to itself', () => {
    expect(cardItemCost(CARDS)(credential('loop')).unknownUsdParts).toBeGreaterThan(0);
  });
});
