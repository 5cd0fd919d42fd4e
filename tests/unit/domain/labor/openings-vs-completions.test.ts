import { describe, expect, it } from 'vitest';
import {
  completionsText,
  mapOpeningsVsCompletions,
  openingsText,
  openingsVsCompletions,
  shortfallTotal,
  shortfallTotalText,
  verdictText,
} from '../../../../src/domain/labor/openings-vs-completions';
import { buildMap } from '../../../support/build-map';

const LABOR = { annualOpenings: 120, period: { from: 2022, to: 2032 }, area: 'Pioneer Valley, MA' };

function mapWith(occupations: Array<Record<string, unknown>>) {
  return buildMap({ region: 'Pioneer Valley, MA', occupations, transitions: [] });
}

function compare(occupation: Record<string, unknown>) {
  const map = mapWith([{ id: 'cna', title: 'Nursing Assistant', ...occupation }]);
  return openingsVsCompletions(map, map.occupations[0]!);
}

describe('openingsVsCompletions', () => {
  it('says by how many completions fall short of openings a year', () => {
    const row = compare({
      labor: LABOR,
      training: [
        { name: 'Day course', capacity: 60, completions: 45, year: 2024 },
        { name: 'Evening course', completions: 30, year: 2024 },
      ],
    });
    expect(row.verdict).toEqual({ kind: 'shortfall', gap: 45 });
    expect(verdictText(row)).toBe('Completions fall short of openings by 45 a year');
    expect(openingsText(row.openings)).toBe('120 a year (annual average), 2022–2032, Pioneer Valley, MA');
    expect(completionsText(row.completions)).toBe('75 a year, 2024');
    expect(row.caveats).toEqual([]);
  });

  it('says the openings’ year as the year of the figure when no period is given, and marks them not verified', () => {
    const row = compare({ labor: { annualOpenings: 120, year: 2020, area: 'Pioneer Valley, MA', notVerified: true } });
    expect(openingsText(row.openings)).toBe('120 a year (annual average), in 2020, Pioneer Valley, MA (not verified)');
    expect(openingsText(compare({ labor: { annualOpenings: 120 } }).openings)).toBe('120 a year (annual average), period not stated, area not stated');
  });

  it('says completions cover openings when they match or exceed them', () => {
    const row = compare({ labor: LABOR, training: [{ name: 'Course', completions: 120, year: 2024 }] });
    expect(verdictText(row)).toBe('Completions cover openings');
  });

  it('says "not known" when either side is missing, never counting a missing figure as 0', () => {
    expect(verdictText(compare({ labor: LABOR }))).toBe('Not known: the map lists no training programs');
    expect(verdictText(compare({ labor: LABOR, training: [{ name: 'Course', capacity: 40 }] }))).toBe(
      'Not known: no training program reports completions',
    );
    const noOpenings = compare({ labor: { employment: 900 }, training: [{ name: 'Course', completions: 10 }] });
    expect(verdictText(noOpenings)).toBe('Not known: the map has no annual openings figure');
    expect(openingsText(noOpenings.openings)).toBe('not known');
    expect(completionsText(compare({ labor: LABOR }).completions)).toBe('not known');
  });

  it('says the sum is partial when only some programs report completions', () => {
    const row = compare({
      labor: LABOR,
      training: [{ name: 'Day course', completions: 50, year: 2024 }, { name: 'Evening course', capacity: 20 }],
    });
    expect(row.partial).toBe(true);
    expect(verdictText(row)).toBe('Completions known so far fall short of openings by 70 a year');
    expect(completionsText(row.completions)).toBe('50 a year, 2024 (partial: 1 of 2 programs report completions)');
  });

  it('caveats openings of another or an unstated area, and completions of different years', () => {
    const statewide = compare({
      labor: { ...LABOR, area: 'Massachusetts' },
      training: [{ name: 'A', completions: 10, year: 2023 }, { name: 'B', completions: 5, year: 2024 }],
    });
    expect(statewide.caveats).toEqual([
      "the openings count Massachusetts, the programs are this map's, in Pioneer Valley, MA",
      'the completions count different years (2023, 2024)',
    ]);
    const nowhere = compare({ labor: { annualOpenings: 50 }, training: [{ name: 'A', completions: 10 }] });
    expect(nowhere.caveats).toEqual(['the openings do not say where they count', 'the completions do not say which year they count']);
  });
});

describe('mapOpeningsVsCompletions', () => {
  const map = mapWith([
    { id: 'cover', title: 'Covered', labor: LABOR, training: [{ name: 'A', completions: 200, year: 2024 }] },
    { id: 'small', title: 'Small gap', labor: LABOR, training: [{ name: 'A', completions: 100, year: 2024 }] },
    { id: 'none', title: 'No figures', skills: ['Care'] },
    { id: 'open', title: 'Openings only', labor: LABOR },
    { id: 'big', title: 'Big gap', labor: LABOR, training: [{ name: 'A', completions: 20, year: 2024 }] },
  ]);

  it('lists each occupation with either figure, the largest shortfall first and unknown last', () => {
    expect(mapOpeningsVsCompletions(map).map((row) => row.title)).toEqual(['Big gap', 'Small gap', 'Covered', 'Openings only']);
  });

  it('totals the shortfalls of one area and says why there is no total when areas differ', () => {
    const rows = mapOpeningsVsCompletions(map);
    expect(shortfallTotalText(shortfallTotal(rows))).toBe(
      'Together, completions fall short of openings by 120 a year in 2 occupations (openings in Pioneer Valley, MA).',
    );
    const mixed = mapWith([
      { id: 'a', title: 'A', labor: LABOR, training: [{ name: 'A', completions: 20 }] },
      { id: 'b', title: 'B', labor: { ...LABOR, area: 'Massachusetts' }, training: [{ name: 'B', completions: 20 }] },
    ]);
    expect(shortfallTotal(mapOpeningsVsCompletions(mixed))).toEqual({
      kind: 'none',
      reason: 'the openings count different areas or do not say where, so they do not add up',
    });
  });
});
