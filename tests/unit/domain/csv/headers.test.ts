import { describe, expect, it } from 'vitest';
import { OCCUPATION_COLUMNS, TRANSITION_COLUMNS } from '../../../../src/domain/csv/columns';
import { findColumn, matchHeaders } from '../../../../src/domain/csv/headers';
import { normalizeKey } from '../../../../src/domain/csv/vocabulary';

describe('CSV columns', () => {
  it('header names and aliases never name two columns of a sheet', () => {
    for (const columns of [OCCUPATION_COLUMNS, TRANSITION_COLUMNS]) {
      const keys = columns.map((column) => normalizeKey(column.key));
      expect(new Set(keys).size).toBe(keys.length);
      const aliases = columns.flatMap((column) => column.aliases.map(normalizeKey));
      expect(aliases.filter((alias) => keys.includes(alias))).toEqual([]);
      expect(new Set(aliases).size).toBe(aliases.length);
    }
  });

  it('matches headers without case, spaces, underscores or punctuation', () => {
    for (const header of ['wageMedian', 'Wage median', 'wage_median', 'WAGE-MEDIAN', ' Wage Median ']) {
      // The figure's column; a header that calls it a median also says its statistic (legacy-median.ts).
      expect(findColumn('occupations', header)?.key).toBe('wage');
    }
    expect(findColumn('occupations', 'Wage statistic')?.key).toBe('wageStatistic');
    expect(findColumn('occupations', 'Growth %')?.key).toBe('growthPct');
    expect(findColumn('transitions', 'Cost ($)')?.key).toBe('costUsd');
  });

  it('knows the common other names', () => {
    expect(findColumn('occupations', 'SOC')?.key).toBe('socCode');
    expect(findColumn('occupations', 'SOC code')?.key).toBe('socCode');
    expect(findColumn('occupations', 'O*NET-SOC Code')?.key).toBe('socCode');
    expect(findColumn('occupations', 'Occupation title')?.key).toBe('title');
    expect(findColumn('occupations', 'Bright outlook')?.key).toBe('highGrowth');
    expect(findColumn('transitions', 'From occupation')?.key).toBe('from');
    expect(findColumn('transitions', 'Apprenticeship')?.key).toBe('viaApprenticeship');
  });

  it('lists unknown, empty and repeated headers as ignored, and required columns that are missing', () => {
    const { matches, missing } = matchHeaders('occupations', ['Title', 'Favourite colour', '', 'Occupation title', 'SOC']);
    expect(matches.map((match) => [match.header, match.column?.key ?? null, match.note])).toEqual([
      ['Title', 'title', '→ title'],
      ['Favourite colour', null, 'ignored: not a known column'],
      ['', null, 'ignored: no header'],
      ['Occupation title', null, 'ignored: "Title" already gives title'],
      ['SOC', 'socCode', '→ socCode'],
    ]);
    expect(missing).toEqual([]);
    expect(matchHeaders('transitions', ['from', 'kind']).missing).toEqual(['to']);
  });
});
