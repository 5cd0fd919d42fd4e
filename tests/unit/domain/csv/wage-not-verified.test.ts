import { describe, expect, it } from 'vitest';
import { OCCUPATION_COLUMNS } from '../../../../src/domain/csv/columns';
import { occupationsToCsv } from '../../../../src/domain/csv/map-to-rows';
import { buildMap } from '../../../support/build-map';
import { importSheets, issuesOf, mapOf } from './helpers';

describe('CSV: a wage marked "not verified"', () => {
  it('is a documented yes/no column beside the other wage columns', () => {
    const keys = OCCUPATION_COLUMNS.map((column) => column.key);
    expect(keys.indexOf('wageNotVerified')).toBe(keys.indexOf('wageArea') + 1);
    expect(OCCUPATION_COLUMNS.find((column) => column.key === 'wageNotVerified')).toMatchObject({
      path: ['wage', 'notVerified'],
      type: 'yes-no',
      help: expect.stringMatching(/\(not verified\)/),
    });
  });

  it('reads yes and no onto the wage, and leaves the mark out when the cell is blank', () => {
    const map = mapOf(
      importSheets(['title,wage,wageStatistic,wageUnit,wageNotVerified', 'Electrician,61000,mean,year,yes', 'Welder,48000,mean,year,no', 'Plumber,59000,mean,year,']),
    );
    expect(map.occupations.map((occupation) => occupation.wage?.notVerified)).toEqual([true, false, undefined]);
  });

  it('writes the mark and reads it back', () => {
    const map = buildMap({
      occupations: [
        { id: 'electrician', title: 'Electrician', wage: { amount: 61000, statistic: 'mean', unit: 'year', notVerified: true } },
        { id: 'welder', title: 'Welder', wage: { amount: 48000, statistic: 'mean', unit: 'year' } },
      ],
    });
    const csv = occupationsToCsv(map);
    const [header = '', ...rows] = csv.trimEnd().split('\n');
    const column = header.split(',').indexOf('wageNotVerified');
    expect(rows.map((row) => row.split(',')[column])).toEqual(['yes', '']);
    const back = mapOf(importSheets(csv.trimEnd().split('\n')));
    expect(back.occupations.map((occupation) => occupation.wage)).toEqual(map.occupations.map((occupation) => occupation.wage));
  });

  it('reports a mark on a row without a wage on its row, rather than inventing a wage', () => {
    const result = importSheets(['title,wageNotVerified', 'Electrician,yes']);
    expect(issuesOf(result).join('\n')).toMatch(/Row 2/);
  });
});
