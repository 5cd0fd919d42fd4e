import { describe, expect, it } from 'vitest';
import { matchCountText } from '../../../../src/domain/filters/match-count';

describe('how many occupations the filters leave in', () => {
  it('agrees in number with both counts, on a one-card map too', () => {
    expect(matchCountText(7, 8)).toBe('7 of 8 occupations match');
    expect(matchCountText(1, 8)).toBe('1 of 8 occupations matches');
    expect(matchCountText(0, 8)).toBe('0 of 8 occupations match');
    expect(matchCountText(1, 1)).toBe('1 of 1 occupation matches');
    expect(matchCountText(0, 1)).toBe('0 of 1 occupation match');
  });
});
