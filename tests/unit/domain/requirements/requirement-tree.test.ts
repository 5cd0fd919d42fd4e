import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainZodIssue } from '../../../../src/domain/input/zod-messages';
import { cheapestWay } from '../../../../src/domain/requirements/cheapest-way';
import { addCosts, compareCosts, costOf, NO_COST, type Cost } from '../../../../src/domain/requirements/cost';
import { readOutRequirement } from '../../../../src/domain/requirements/read-out';
import { unmeetableGroups } from '../../../../src/domain/requirements/unmeetable';
import { referencedCardIds, requirementItems } from '../../../../src/domain/requirements/walk';
import { Requirement, type RequirementItem } from '../../../../src/domain/schema/requirement';

const card = (cardId: string): RequirementItem => ({ type: 'credential', cardId });
const TITLES: Record<string, string> = { cna: 'CNA certificate', adn: 'ADN', bsn: 'BSN', nclex: 'NCLEX-RN' };
const words = { titleOf: (id: string) => TITLES[id], educationLabel: (level: string) => `education: ${level}` };
// Prices by card: ADN takes 24 months and $9,000, BSN 48 months and $40,000; the CNA course's cost is not known.
const PRICES: Record<string, Cost> = {
  cna: costOf(undefined, 2),
  adn: costOf(9_000, 24),
  bsn: costOf(40_000, 48),
  nclex: costOf(200, 1),
};
const price = (item: RequirementItem) => (item.cardId ? (PRICES[item.cardId] ?? costOf(undefined, undefined)) : NO_COST);

const nursing: Requirement = { type: 'all', of: [card('cna'), { type: 'any', count: 1, of: [card('adn'), card('bsn')] }, card('nclex')] };

describe('a requirement tree', () => {
  it('is read out plainly, naming the cards it points at', () => {
    expect(readOutRequirement({ type: 'any', of: [card('adn'), card('bsn')] }, words)).toBe('any 1 of: ADN, BSN');
    // A group inside a list is in parentheses, so NCLEX-RN is not read as a third choice.
    expect(readOutRequirement(nursing, words)).toBe('CNA certificate, (any 1 of: ADN, BSN) and NCLEX-RN');
    expect(readOutRequirement({ type: 'all', of: [{ type: 'other', text: 'Pass the NCLEX-PN exam' }] }, words)).toBe('Pass the NCLEX-PN exam');
    expect(readOutRequirement({ type: 'experience', text: 'work in a clinic', months: 12 }, words)).toBe('work in a clinic (12 months)');
    // The item's own words say what this move asks ("Pass the exam"); with none, the card's title stands in.
    expect(readOutRequirement({ type: 'license', cardId: 'nclex', text: 'Pass the NCLEX-RN exam' }, words)).toBe('Pass the NCLEX-RN exam');
    expect(readOutRequirement({ type: 'license', cardId: 'nclex', text: '  ' }, words)).toBe('NCLEX-RN');
    expect(readOutRequirement({ type: 'any', count: 2, of: [{ type: 'all', of: [card('adn'), card('nclex')] }, card('bsn'), card('cna')] }, words)).toBe(
      'any 2 of: (ADN and NCLEX-RN), BSN, CNA certificate',
    );
  });

  it('is met the cheapest way, and says which choice it assumed', () => {
    const way = cheapestWay(nursing, price)!;
    expect(way.items.map((item) => item.cardId)).toEqual(['cna', 'adn', 'nclex']);
    expect(way.choices).toEqual([{ path: 'of[1]', chosen: [[card('adn')]], of: 2 }]);
    // The CNA course's cost is unknown: the total says so instead of counting it as free.
    expect(way.cost).toEqual({ usd: 9_200, months: 27, unknownUsdParts: 1, unknownMonthParts: 0 });
  });

  it('prefers a choice whose cost is known over one that only looks cheaper because part is missing', () => {
    const way = cheapestWay({ type: 'any', of: [card('cna'), card('nclex')] }, price)!;
    expect(way.items.map((item) => item.cardId)).toEqual(['nclex']);
  });

  it('"any 3 of" two items can never be met, and neither can a group over it; only where it starts is reported', () => {
    const tree: Requirement = { type: 'all', of: [card('cna'), { type: 'any', count: 3, of: [card('adn'), card('bsn')] }] };
    expect(unmeetableGroups(tree)).toEqual([{ path: 'of[1]', needed: 3, available: 2 }]);
    expect(cheapestWay(tree, price)).toBeUndefined();
    expect(unmeetableGroups({ type: 'any', of: [] })).toEqual([{ path: '', needed: 1, available: 0 }]);
    expect(unmeetableGroups({ type: 'all', of: [] })).toEqual([]);
    expect(unmeetableGroups(nursing)).toEqual([]);
  });

  it('an item that cannot be had makes its group unmeetable', () => {
    expect(unmeetableGroups(nursing, (path) => path !== 'of[2]')).toEqual([{ path: '', needed: 3, available: 2 }]);
    expect(unmeetableGroups(nursing, (path) => path !== 'of[1].of[0]')).toEqual([]);
  });

  it('lists its items with their places and the cards it points at', () => {
    expect(requirementItems(nursing).map(({ path }) => path)).toEqual(['of[0]', 'of[1].of[0]', 'of[1].of[1]', 'of[2]']);
    expect(referencedCardIds(nursing)).toEqual(['cna', 'adn', 'bsn', 'nclex']);
  });

  it('is refused with the place and the problem when a node has an unknown type or a bad count', () => {
    const bad = Requirement.safeParse({ type: 'any', count: 0, of: [{ type: 'diploma' }] }, { error: explainZodIssue });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['count', 'must be at least 1, not 0'],
      [
        'of.0.type',
        'must be one of "credential", "program", "exam", "license", "experience", "education", "other", "all" or "any", not "diploma"',
      ],
    ]);
  });
});

// Small random trees over priced cards: the cheapest way is no dearer than any way of meeting the tree.
const leaf = fc.constantFrom(...Object.keys(PRICES)).map(card);
const tree: fc.Arbitrary<Requirement> = fc.letrec<{ node: Requirement }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('node'), { maxLength: 3 }).map((of): Requirement => ({ type: 'all', of })),
    fc.tuple(fc.array(tie('node'), { maxLength: 3 }), fc.integer({ min: 1, max: 4 })).map(([of, count]): Requirement => ({ type: 'any', count, of })),
  ),
})).node;

/** Every cost of every way of meeting the tree (brute force, for small trees). */
function allWays(node: Requirement): Cost[] {
  if (node.type !== 'all' && node.type !== 'any') return [price(node)];
  const options = node.of.map(allWays);
  const combine = (lists: Cost[][]): Cost[] =>
    lists.reduce<Cost[]>((sums, list) => sums.flatMap((sum) => list.map((cost) => addCosts(sum, cost))), [NO_COST]);
  if (node.type === 'all') return combine(options);
  const need = node.count ?? 1;
  const subsets = (start: number, size: number): Cost[][][] =>
    size === 0 ? [[]] : options.slice(start).flatMap((list, offset) => subsets(start + offset + 1, size - 1).map((rest) => [list, ...rest]));
  return subsets(0, need).flatMap(combine);
}

describe('the cheapest way, on random trees', () => {
  it('exists exactly when some way meets the tree, and no way of meeting it is cheaper', () => {
    fc.assert(
      fc.property(tree, (requirement) => {
        const way = cheapestWay(requirement, price);
        // An unmeetable group may sit among alternatives that still meet the tree; none at all means it is met.
        if (unmeetableGroups(requirement).length === 0) expect(way).toBeDefined();
        const ways = allWays(requirement);
        expect(ways.length === 0).toBe(way === undefined);
        if (way) for (const other of ways) expect(compareCosts(way.cost, other)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 3000 },
    );
  });
});
