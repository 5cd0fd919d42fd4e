import { describe, expect, it } from 'vitest';
import { topTexts, withTopTexts } from '../../../../src/domain/requirements/text-items';
import type { RequirementGroup } from '../../../../src/domain/schema/requirement';

const tree: RequirementGroup = {
  type: 'all',
  of: [
    { type: 'license', text: 'LPN license' },
    { type: 'credential', cardId: 'cna-cert' },
    { type: 'any', count: 1, of: [{ type: 'other', text: 'ADN' }, { type: 'other', text: 'BSN' }] },
    { type: 'other', text: 'CPR' },
  ],
};

describe('editing requirements as lines of text', () => {
  it('reads the plain text items of the top-level "all of" group', () => {
    expect(topTexts(tree)).toEqual(['LPN license', 'CPR']);
    expect(topTexts({ type: 'any', of: [{ type: 'other', text: 'A' }] })).toEqual([]);
    expect(topTexts(undefined)).toEqual([]);
  });

  it('replaces those texts in turn, adds new lines as "other" items and keeps cards and groups where they are', () => {
    expect(withTopTexts(tree, ['RN license', 'CPR', 'First aid'])).toEqual({
      type: 'all',
      of: [
        { type: 'license', text: 'RN license' },
        { type: 'credential', cardId: 'cna-cert' },
        tree.of[2],
        { type: 'other', text: 'CPR' },
        { type: 'other', text: 'First aid' },
      ],
    });
    expect(withTopTexts(tree, ['LPN license'])?.of).toEqual(tree.of.slice(0, 3));
    expect(withTopTexts(tree, ['LPN license', 'CPR'])).toBe(tree);
  });

  it('starts a group for a move without requirements, and leaves none when the last line goes', () => {
    expect(withTopTexts(undefined, ['NCLEX-PN'])).toEqual({ type: 'all', of: [{ type: 'other', text: 'NCLEX-PN' }] });
    expect(withTopTexts({ type: 'all', of: [{ type: 'other', text: 'A' }] }, [])).toBeUndefined();
    const any: RequirementGroup = { type: 'any', of: [{ type: 'other', text: 'A' }] };
    expect(withTopTexts(any, ['B'])).toEqual({ type: 'all', of: [any, { type: 'other', text: 'B' }] });
  });
});
