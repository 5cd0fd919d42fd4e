import { describe, expect, it } from 'vitest';
import { brightOutlookLabel, toggledBasis } from '../../../src/domain/bright-outlook';
import { educationText, occupationBadges } from '../../../src/domain/labels';
import type { Occupation } from '../../../src/domain/schema/map';

const job = (fields: Partial<Occupation>): Occupation => ({ id: 'x', title: 'X', ...fields });

describe('the Bright Outlook flag in words', () => {
  it('names its basis, so openings alone are never called growth', () => {
    expect(brightOutlookLabel(job({ highGrowth: true, highGrowthBasis: ['numerous-openings'] }))).toBe('Bright Outlook: numerous openings');
    expect(brightOutlookLabel(job({ highGrowth: true, highGrowthBasis: ['numerous-openings', 'rapid-growth'] }))).toBe(
      'Bright Outlook: rapid growth, numerous openings',
    );
    expect(brightOutlookLabel(job({ highGrowth: true, highGrowthBasis: ['new-and-emerging'] }))).toBe('Bright Outlook: new and emerging');
  });

  it('says the basis is not stated for a flag without one (maps written before the basis was recorded)', () => {
    expect(brightOutlookLabel(job({ highGrowth: true }))).toBe('Bright Outlook (basis not stated)');
    expect(brightOutlookLabel(job({ highGrowth: true, highGrowthBasis: [] }))).toBe('Bright Outlook (basis not stated)');
  });

  it('says nothing for an occupation not flagged, whatever basis is left on it', () => {
    expect(brightOutlookLabel(job({}))).toBeUndefined();
    expect(brightOutlookLabel(job({ highGrowth: false, highGrowthBasis: ['rapid-growth'] }))).toBeUndefined();
  });

  it('is the badge, in its place among the highlights', () => {
    const badges = occupationBadges(job({ designation: 'priority', highGrowth: true, highGrowthBasis: ['numerous-openings'], apprenticeship: { registered: true } }));
    expect(badges.map((badge) => badge.label)).toEqual(['Priority', 'Bright Outlook: numerous openings', 'Registered apprenticeship']);
    expect(badges[1]?.kind).toBe('high-growth');
  });

  it('gives the same badge list for the same highlights, and different ones for different bases', () => {
    const growth = job({ highGrowth: true, highGrowthBasis: ['rapid-growth'] });
    expect(occupationBadges(growth)).toBe(occupationBadges({ ...growth, id: 'y' }));
    expect(occupationBadges(growth)).not.toBe(occupationBadges(job({ highGrowth: true, highGrowthBasis: ['numerous-openings'] })));
  });

  it('toggles one reason at a time, in the list order, and none left means not stated', () => {
    expect(toggledBasis(undefined, 'numerous-openings', true)).toEqual(['numerous-openings']);
    expect(toggledBasis(['numerous-openings'], 'rapid-growth', true)).toEqual(['rapid-growth', 'numerous-openings']);
    expect(toggledBasis(['rapid-growth'], 'rapid-growth', false)).toBeUndefined();
  });
});

describe('educationText', () => {
  it('marks an education level that is not verified', () => {
    expect(educationText(job({ education: 'postsecondary-nondegree', educationNotVerified: true }))).toBe('Postsecondary certificate (not verified)');
    expect(educationText(job({ education: 'associate' }))).toBe("Associate's degree");
    expect(educationText(job({ educationNotVerified: true }))).toBeUndefined();
  });
});
