import { describe, expect, it } from 'vitest';
import { findStaleLabor, findStaleWages } from '../../../../src/domain/health/stale-figures';
import { freshSince } from '../../../../src/domain/health/figure-age';
import { run, targets } from './helpers';

const SOURCES = [
  { id: 'oews-2023', label: 'OEWS May 2023', year: 2023 },
  { id: 'read-2024', label: 'A page read in 2024', retrieved: '2024-03-01' },
  { id: 'undated', label: 'An undated page' },
];
const nurse = (wage: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  sources: SOURCES,
  ...extra,
  occupations: [{ id: 'lpn', title: 'Licensed Practical Nurse', wage: { amount: 57110, unit: 'year', ...wage } }],
});

describe('findStaleWages', () => {
  it("flags a wage older than the default 18 months at wage.year, saying so in the map's own terms", () => {
    expect(run(findStaleWages, nurse({ year: 2019 }))).toEqual([
      {
        code: 'stale-wage',
        severity: 'info',
        targetId: 'lpn',
        targetKind: 'occupation',
        path: 'occupations[0].wage.year',
        message:
          "Licensed Practical Nurse: wage from 2019 is older than 18 months (this map's setting). Update it from the latest OEWS release and set its year.",
        date: '2019-12-31',
      },
    ]);
  });

  it('counts a year from its last day, so a figure is never called older than it can be', () => {
    // 18 months after 31 December 2024 is 30 June 2026.
    expect(run(findStaleWages, nurse({ year: 2024 }), new Date('2026-06-30T12:00:00Z'))).toEqual([]);
    expect(targets(run(findStaleWages, nurse({ year: 2024 }), new Date('2026-07-01T12:00:00Z')))).toEqual(['stale-wage lpn']);
    for (const year of [2025, 2026, 2027]) expect(run(findStaleWages, nurse({ year }))).toEqual([]);
  });

  it("follows the map's staleAfterMonths", () => {
    const twoYears = nurse({ year: 2023 }, { staleAfterMonths: 36 });
    expect(run(findStaleWages, twoYears)).toEqual([]);
    expect(run(findStaleWages, nurse({ year: 2024 }))).toEqual([]);
    const sixMonths = nurse({ year: 2024 }, { staleAfterMonths: 6 });
    expect(run(findStaleWages, sixMonths)[0]?.message).toBe(
      "Licensed Practical Nurse: wage from 2024 is older than 6 months (this map's setting). Update it from the latest OEWS release and set its year.",
    );
  });

  it("dates a wage without a year by its source's year, else by the day the source was read, at wage.sourceId", () => {
    expect(run(findStaleWages, nurse({ sourceId: 'oews-2023' }))).toEqual([
      expect.objectContaining({ path: 'occupations[0].wage.sourceId', message: expect.stringContaining('wage from 2023 is older than 18 months') }),
    ]);
    expect(run(findStaleWages, nurse({ sourceId: 'read-2024' }))).toEqual([
      expect.objectContaining({ path: 'occupations[0].wage.sourceId', message: expect.stringContaining('wage read on 2024-03-01 is older than 18 months') }),
    ]);
    // The figure's own year wins: a 2019 table read recently is still a 2019 figure.
    expect(run(findStaleWages, nurse({ year: 2025, sourceId: 'oews-2023' }))).toEqual([]);
  });

  it('leaves alone a wage nothing dates, and an occupation without a wage', () => {
    expect(run(findStaleWages, nurse({ sourceId: 'undated' }))).toEqual([]);
    expect(run(findStaleWages, { occupations: [{ id: 'b', title: 'B' }] })).toEqual([]);
  });

  it('reads today in UTC, so the time zone of the machine cannot change the answer', () => {
    // 18 months before 1 July 2026 00:30 UTC is 1 January 2025: a 2024 wage has just gone stale.
    expect(targets(run(findStaleWages, nurse({ year: 2024 }), new Date('2026-07-01T00:30:00Z')))).toEqual(['stale-wage lpn']);
    expect(run(findStaleWages, nurse({ year: 2024 }), new Date('2026-06-30T23:30:00Z'))).toEqual([]);
  });
});

describe('findStaleLabor', () => {
  const labor = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    sources: SOURCES,
    ...extra,
    occupations: [{ id: 'rn', title: 'Registered Nurse', labor: { area: 'Massachusetts', ...fields } }],
  });

  it('flags a count from an old year at labor.year', () => {
    expect(run(findStaleLabor, labor({ employment: 80000, year: 2022 }))).toEqual([
      {
        code: 'stale-labor',
        severity: 'info',
        targetId: 'rn',
        targetKind: 'occupation',
        path: 'occupations[0].labor.year',
        message: "Registered Nurse: labor figures from 2022 are older than 18 months (this map's setting). Update them from the latest release of their source.",
        date: '2022-12-31',
      },
    ]);
  });

  it('dates a projection by the first year of its period, even next to a recent count', () => {
    const findings = run(findStaleLabor, labor({ annualOpenings: 5300, employment: 80000, year: 2025, period: { from: 2020, to: 2030 } }));
    expect(findings).toEqual([expect.objectContaining({ path: 'occupations[0].labor.period', message: expect.stringContaining('labor figures from 2020 are') })]);
    expect(run(findStaleLabor, labor({ annualOpenings: 5300, period: { from: 2025, to: 2035 } }))).toEqual([]);
  });

  it("falls back to the source's date, and skips a block with no figures in it", () => {
    expect(targets(run(findStaleLabor, labor({ growthPct: 8, sourceId: 'oews-2023' })))).toEqual(['stale-labor rn']);
    expect(run(findStaleLabor, labor({ year: 2010 }))).toEqual([]);
    expect(run(findStaleLabor, labor({ growthPct: 8 }))).toEqual([]);
  });
});

describe('freshSince', () => {
  it('keeps the day within its month: 18 months before 31 August is 28 February', () => {
    expect(freshSince(new Date('2026-08-31T12:00:00Z'), 18)).toBe('2025-02-28');
    expect(freshSince(new Date('2028-08-31T12:00:00Z'), 6)).toBe('2028-02-29');
    expect(freshSince(new Date('2026-12-07T12:00:00Z'), 18)).toBe('2025-06-07');
  });
});
