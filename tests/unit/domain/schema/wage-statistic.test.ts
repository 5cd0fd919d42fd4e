import { describe, expect, it } from 'vitest';
import { occupationsToCsv } from '../../../../src/domain/csv/map-to-rows';
import { serializeMap } from '../../../../src/domain/serialize';
import { WAGE_STATISTICS, wageHeading, wagesHeading } from '../../../../src/domain/wage-statistic';
import { buildMap } from '../../../support/build-map';
import { importSheets, mapOf } from '../csv/helpers';
import { errorsOf, parseData, sampleMap } from '../helpers';

function withWage(wage: Record<string, unknown>) {
  const data = sampleMap();
  data.occupations[0] = { id: 'cna', title: 'Nursing Assistant', wage: { unit: 'year', ...wage } };
  return parseData(data);
}

describe('a wage’s statistic in the format', () => {
  it.each(WAGE_STATISTICS.filter((statistic) => statistic !== 'employer-range'))('accepts a %s figure and keeps it', (statistic) => {
    const result = withWage({ statistic, amount: 46_680 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.map.occupations[0]?.wage).toEqual({ statistic, amount: 46_680, unit: 'year' });
  });

  it('accepts an employer-reported range, which has only a min and a max', () => {
    const result = withWage({ statistic: 'employer-range', min: 18, max: 24 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.map.occupations[0]?.wage).toEqual({ statistic: 'employer-range', min: 18, max: 24, unit: 'year' });
    expect(errorsOf(withWage({ statistic: 'employer-range', min: 18, amount: 20, max: 24 }))).toEqual([
      'occupations[0].wage.amount: an employer-reported range has only a min and a max; give the figure another statistic, or leave it out',
    ]);
  });

  it('refuses a statistic it doesn’t know, where it is, naming the ones it does', () => {
    const [error] = errorsOf(withWage({ statistic: 'average', amount: 46_680 }));
    expect(error).toMatch(/^occupations\[0\]\.wage\.statistic: /);
    expect(error).toContain('"average"');
    expect(error).toContain('employer-range');
  });

  it('leaves a missing statistic missing: not stated, never a median', () => {
    const result = withWage({ amount: 46_680 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.map.occupations[0]?.wage).toEqual({ amount: 46_680, unit: 'year' });
    expect(wageHeading(undefined)).toBe('Wage (statistic not stated)');
  });

  it('writes the statistic before the figure, so a file read by hand says what the figure is first', () => {
    const map = buildMap({ occupations: [{ id: 'a', title: 'A', wage: { amount: 32400, unit: 'year', statistic: 'mean' } }] });
    expect(serializeMap(map)).toContain('"wage": {\n        "statistic": "mean",\n        "amount": 32400,');
  });
});

describe('headings that name the statistic', () => {
  it('names one statistic, and each when several differ', () => {
    expect(wageHeading('mean')).toBe('Mean wage');
    expect(wageHeading('p25')).toBe('25th percentile wage');
    expect(wageHeading('employer-range')).toBe('Employer-reported wage range');
    expect(wagesHeading(['mean', 'mean'])).toBe('Mean wage');
    expect(wagesHeading(['mean', 'median', undefined])).toBe('Wage (mean, median or statistic not stated)');
  });
});

describe('a wage’s statistic in CSV', () => {
  it('round-trips every statistic through the wage and wageStatistic columns', () => {
    const map = buildMap({
      occupations: WAGE_STATISTICS.map((statistic, index) => ({
        id: `job-${index}`,
        title: `Job ${index}`,
        wage: statistic === 'employer-range' ? { statistic, min: 18, max: 24, unit: 'hour' } : { statistic, amount: 40000 + index, unit: 'year' },
      })),
    });
    const csv = occupationsToCsv(map);
    expect(csv.split('\n')[0]).toContain(',wageMin,wage,wageStatistic,wageMax,');
    expect(csv).not.toContain('wageMedian');
    const back = mapOf(importSheets(csv.trimEnd().split('\n')));
    expect(back.occupations.map((occupation) => occupation.wage)).toEqual(map.occupations.map((occupation) => occupation.wage));
  });

  it('leaves a figure without a statistic not stated, and reads the words people use', () => {
    const map = mapOf(importSheets(['title,wage,wageStatistic,wageUnit', 'A,40000,,year', 'B,41000,Annual mean wage,year', 'C,42000,25th percentile,year']));
    expect(map.occupations.map((occupation) => occupation.wage?.statistic)).toEqual([undefined, 'mean', 'p25']);
  });

  it('reads an older sheet’s wageMedian column as medians, unless a wageStatistic cell says otherwise', () => {
    const map = mapOf(importSheets(['title,wageMedian,wageStatistic,wageUnit', 'A,40000,,year', 'B,41000,mean,year']));
    expect(map.occupations.map((occupation) => occupation.wage)).toEqual([
      { statistic: 'median', amount: 40000, unit: 'year' },
      { statistic: 'mean', amount: 41000, unit: 'year' },
    ]);
  });

  it('reports a statistic it doesn’t know on its row and column', () => {
    const result = importSheets(['title,wage,wageStatistic,wageUnit', 'A,40000,typical,year']);
    expect(result.ok).toBe(false);
    expect(result.rowIssues.map((issue) => `${issue.row} ${issue.column}`)).toEqual(['2 wageStatistic']);
  });
});
