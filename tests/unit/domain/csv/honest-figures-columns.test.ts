import { describe, expect, it } from 'vitest';
import { occupationsToCsv } from '../../../../src/domain/csv/map-to-rows';
import { buildMap } from '../../../support/build-map';
import { importSheets, issuesOf, mapOf } from './helpers';

describe('CSV: the basis of a flag, the period and area of labor figures, "not verified"', () => {
  it('reads the Bright Outlook basis in words or as the format writes it, the period with a hyphen, dash or "to", and the marks', () => {
    const map = mapOf(
      importSheets([
        'title,education,educationNotVerified,highGrowth,highGrowthBasis,annualOpenings,growthPct,laborPeriod,laborArea,laborNotVerified',
        'Electrician,high-school,yes,yes,rapid growth; Numerous openings,2570,29.3%,2020–2030,Massachusetts,no',
        'Nursing Assistant,,,yes,numerous-openings,,,2023 to 2033,United States,yes',
        'Old flag,,,yes,,,,,,',
      ]),
    );
    expect(map.occupations.map(({ title, educationNotVerified, highGrowth, highGrowthBasis, labor }) => ({ title, educationNotVerified, highGrowth, highGrowthBasis, labor }))).toEqual([
      {
        title: 'Electrician',
        educationNotVerified: true,
        highGrowth: true,
        highGrowthBasis: ['rapid-growth', 'numerous-openings'],
        labor: { annualOpenings: 2570, growthPct: 29.3, period: { from: 2020, to: 2030 }, area: 'Massachusetts', notVerified: false },
      },
      {
        title: 'Nursing Assistant',
        educationNotVerified: undefined,
        highGrowth: true,
        highGrowthBasis: ['numerous-openings'],
        labor: { period: { from: 2023, to: 2033 }, area: 'United States', notVerified: true },
      },
      // A flag with a blank basis keeps its basis unknown: never guessed.
      { title: 'Old flag', educationNotVerified: undefined, highGrowth: true, highGrowthBasis: undefined, labor: undefined },
    ]);
  });

  it('reports a basis or a period it cannot read on its row', () => {
    const result = importSheets(['title,highGrowth,highGrowthBasis,laborPeriod', 'A,yes,booming,', 'B,,,2030-2020', 'C,,,next decade']);
    expect(issuesOf(result).join('\n')).toMatch(/Row 2, highGrowthBasis/);
    expect(issuesOf(result).join('\n')).toMatch(/Row 3, laborPeriod/);
    expect(issuesOf(result).join('\n')).toMatch(/Row 4, laborPeriod/);
  });

  it('writes them in documented columns that read back', () => {
    const map = buildMap({
      occupations: [
        {
          id: 'electrician',
          title: 'Electrician',
          education: 'high-school',
          educationNotVerified: true,
          highGrowth: true,
          highGrowthBasis: ['rapid-growth', 'numerous-openings'],
          labor: { growthPct: 29.3, year: 2020, period: { from: 2020, to: 2030 }, area: 'Massachusetts', notVerified: true },
        },
      ],
    });
    const csv = occupationsToCsv(map);
    const [header = '', row = ''] = csv.split('\n');
    const cell = (key: string) => row.split(',')[header.split(',').indexOf(key)];
    expect(cell('highGrowthBasis')).toBe('rapid-growth; numerous-openings');
    expect(cell('laborPeriod')).toBe('2020-2030');
    expect(cell('laborArea')).toBe('Massachusetts');
    expect(cell('laborNotVerified')).toBe('yes');
    expect(cell('educationNotVerified')).toBe('yes');
    const back = mapOf(importSheets(csv.trimEnd().split('\n')));
    expect(back.occupations[0]).toMatchObject(map.occupations[0]!);
  });
});
