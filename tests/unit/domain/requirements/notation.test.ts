import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRequirementCell, writeRequirementCell } from '../../../../src/domain/requirements/notation';
import { REQUIREMENT_TYPES, type Requirement } from '../../../../src/domain/schema/requirement';

const NURSING: Requirement = {
  type: 'all',
  of: [
    { type: 'other', text: 'CNA certificate' },
    { type: 'any', count: 1, of: [{ type: 'credential', text: 'ADN', cardId: 'adn' }, { type: 'credential', text: 'BSN', cardId: 'bsn' }] },
    { type: 'experience', text: 'clinical work', months: 12 },
  ],
};

describe('the requirement notation of a CSV cell', () => {
  it('writes a tree in one readable line and reads it back', () => {
    const cell = writeRequirementCell(NURSING);
    expect(cell).toBe('CNA certificate; any 1 of (credential: ADN @adn; credential: BSN @bsn); experience: clinical work [12 months]');
    expect(readRequirementCell(cell)).toEqual({ ok: true, tree: NURSING });
  });

  it('reads a v1 list of texts as "all of" them, and an empty cell as none', () => {
    expect(readRequirementCell('Pass the NCLEX-PN exam; LPN certificate')).toEqual({
      ok: true,
      tree: { type: 'all', of: [{ type: 'other', text: 'Pass the NCLEX-PN exam' }, { type: 'other', text: 'LPN certificate' }] },
    });
    expect(readRequirementCell('  ')).toEqual({ ok: true, tree: undefined });
  });

  it('escapes the characters it uses, so texts with ; ( ) @ and "exam:" survive', () => {
    const tree: Requirement = { type: 'all', of: [{ type: 'other', text: 'exam: a (hard) one; really @ home [sic] \\o/' }] };
    const cell = writeRequirementCell(tree);
    expect(cell).not.toMatch(/^\{/);
    expect(readRequirementCell(cell)).toEqual({ ok: true, tree });
  });

  it('names where a hand-written cell goes wrong', () => {
    expect(readRequirementCell('any 1 of (ADN; BSN')).toEqual({ ok: false, message: 'misses a ")" at character 19' });
    expect(readRequirementCell('ADN [twelve months]')).toEqual({
      ok: false,
      message: 'has a "[" that is not like [12 months] or [2000 hours] at character 5',
    });
    expect(readRequirementCell('any 0 of (ADN)')).toMatchObject({ ok: false, message: expect.stringMatching(/^asks for any 0 of something/) });
    expect(readRequirementCell('{"type": "all", "of": [')).toEqual({ ok: false, message: 'starts with "{" but is not valid JSON' });
  });
});

// Any tree, any text: what is written reads back the same (as the notation or, failing that, JSON).
const text = fc.string({ unit: 'binary', maxLength: 12 });
const item = fc.record(
  {
    type: fc.constantFrom(...REQUIREMENT_TYPES),
    text,
    cardId: fc.string({ minLength: 1, maxLength: 6 }),
    months: fc.nat({ max: 60 }),
    hours: fc.nat({ max: 4000 }),
  },
  { requiredKeys: ['type'] },
);
const tree: fc.Arbitrary<Requirement> = fc.letrec<{ node: Requirement }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    item,
    fc.array(tie('node'), { maxLength: 3 }).map((of): Requirement => ({ type: 'all', of })),
    fc.tuple(fc.array(tie('node'), { maxLength: 3 }), fc.integer({ min: 1, max: 4 })).map(([of, count]): Requirement => ({ type: 'any', count, of })),
  ),
})).node;

describe('the notation, on random trees', () => {
  it('reads back every tree it writes', () => {
    fc.assert(
      fc.property(tree, (requirement) => {
        expect(readRequirementCell(writeRequirementCell(requirement))).toEqual({ ok: true, tree: requirement });
      }),
      { numRuns: 1000 },
    );
  });
});
