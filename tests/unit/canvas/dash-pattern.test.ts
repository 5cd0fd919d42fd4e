import { describe, expect, it } from 'vitest';
import { stretchedDashes } from '../../../src/features/canvas/dash-pattern';

describe('stretchedDashes', () => {
  it("keeps the stylesheet's pattern on short arrows and never dashes an advancement", () => {
    expect(stretchedDashes('lateral', 150)).toBeUndefined();
    expect(stretchedDashes('entry', 90)).toBeUndefined();
    expect(stretchedDashes('advancement', 100000)).toBeUndefined();
  });

  it('stretches the pattern of a long arrow so it has at most 16 dashes', () => {
    expect(stretchedDashes('lateral', 384)).toBe('14.0 10.0');
    expect(stretchedDashes('lateral', 9600)).toBe('350.0 250.0');
    // Dotted stays dotted: the dot keeps its size, the gap grows.
    expect(stretchedDashes('entry', 960)).toBe('1 59.0');
  });

  it('ignores lengths that are not numbers', () => {
    expect(stretchedDashes('lateral', Number.NaN)).toBeUndefined();
  });
});
