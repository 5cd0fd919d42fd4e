import { describe, expect, it } from 'vitest';
import { localDay } from '../../../src/domain/local-day';

describe('localDay', () => {
  it("is the day the user's own clock shows, late in the evening and just after midnight", () => {
    // Dates built from local parts: whatever the machine's zone, these are the days its clock shows.
    expect(localDay(new Date(2026, 11, 7, 23, 30))).toBe('2026-12-07');
    expect(localDay(new Date(2027, 0, 1, 0, 5))).toBe('2027-01-01');
  });
});
