import { describe, expect, it } from 'vitest';
import { hiringEventCountText, hiringEventsOf, jobsText } from '../../../src/domain/hiring-event-words';

describe('hiring events in words', () => {
  it('says jobs gained, jobs affected, or that the number is not known (never 0)', () => {
    expect(jobsText({ kind: 'expansion', jobs: 1200 })).toBe('+1,200 jobs');
    expect(jobsText({ kind: 'expansion', jobs: 1 })).toBe('+1 job');
    expect(jobsText({ kind: 'layoff', jobs: 40 })).toBe('40 jobs affected');
    expect(jobsText({ kind: 'layoff', jobs: undefined })).toBe('Jobs not known');
    expect(jobsText({ kind: 'expansion', jobs: 0 })).toBe('+0 jobs');
  });

  it("lists an occupation's events newest first", () => {
    const map = {
      hiringEvents: [
        { id: 'a', date: '2024-05-01', employer: 'A', kind: 'expansion' as const, occupationIds: ['rn'] },
        { id: 'b', date: '2026-01-10', employer: 'B', kind: 'layoff' as const, occupationIds: ['rn', 'cna'] },
        { id: 'c', date: '2025-07-01', employer: 'C', kind: 'other' as const, occupationIds: ['cna'] },
        { id: 'd', date: '2025-02-01', employer: 'D', kind: 'relocation' as const },
      ],
    };
    expect(hiringEventsOf(map, 'rn').map((event) => event.id)).toEqual(['b', 'a']);
    expect(hiringEventsOf(map, 'cna').map((event) => event.id)).toEqual(['b', 'c']);
    expect(hiringEventCountText(2)).toBe('2 hiring events');
    expect(hiringEventCountText(1)).toBe('1 hiring event');
  });
});
