import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../../src/domain/csv/csv-text';
import { occupationsToCsv } from '../../../../src/domain/csv/map-to-rows';
import { buildMap } from '../../../support/build-map';
import { importSheets, issuesOf, mapOf } from './helpers';

describe('CSV: training programs and representation', () => {
  it('reads programs with labelled parts, in any order, a part left out staying unknown, and the representation shares', () => {
    const map = mapOf(
      importSheets([
        'title,annualOpenings,femalePct,minorityPct,laborYear,laborArea,training',
        'Licensed Practical Nurse,410,88%,31,2024,Massachusetts,"PN certificate | provider: Holyoke Community College | capacity: 30 | completions: 24 | year: 2024; Evening PN | Completions: 12 | cost: $14,500"',
      ]),
    );
    const [lpn] = map.occupations;
    expect(lpn?.labor).toEqual({ annualOpenings: 410, femalePct: 88, minorityPct: 31, year: 2024, area: 'Massachusetts' });
    expect(lpn?.training).toEqual([
      { name: 'PN certificate', provider: 'Holyoke Community College', capacity: 30, completions: 24, year: 2024 },
      { name: 'Evening PN', completions: 12, costUsd: 14500 },
    ]);
  });

  it('reports an unlabelled part and a count that is not a whole number on the training cell of its row', () => {
    const unlabelled = issuesOf(importSheets(['title,training', 'A,PN certificate | 30']));
    expect(unlabelled).toEqual([
      'occupations: Row 2, training: "30" in the program "PN certificate" needs a label first, one of provider, url, weeks, cost, capacity, completions, year, like "completions: 24"',
    ]);
    const fraction = issuesOf(importSheets(['title,training', 'A,', 'B,PN certificate | completions: 2.5']));
    expect(fraction.join('\n')).toMatch(/^occupations: Row 3, training: .*whole number/);
  });

  it('writes programs and shares in their columns, escaping separators in names and neutralising a formula, and reads them back', () => {
    const map = buildMap({
      occupations: [
        {
          id: 'lpn',
          title: 'Licensed Practical Nurse',
          labor: { femalePct: 88, minorityPct: 31.5, year: 2024 },
          training: [
            { name: '=HYPERLINK("x")', completions: 5 },
            { name: 'PN; days | evenings', provider: 'HCC', capacity: 30, completions: 24, year: 2024 },
          ],
        },
      ],
    });
    const csv = occupationsToCsv(map);
    const parsed = parseCsvText(csv, 'occupations');
    if (!parsed.ok) throw new Error(parsed.error);
    const [row] = parsed.table.rows;
    const cell = (key: string) => row?.cells[parsed.table.headers.indexOf(key)];
    expect(cell('femalePct')).toBe('88');
    expect(cell('minorityPct')).toBe('31.5');
    expect(cell('training')).toBe("'=HYPERLINK(\"x\") | completions: 5; PN\\; days \\| evenings | provider: HCC | capacity: 30 | completions: 24 | year: 2024");
    const back = mapOf(importSheets(csv.trimEnd().split('\n')));
    expect(back.occupations[0]?.training).toEqual(map.occupations[0]?.training);
    expect(back.occupations[0]?.labor).toEqual(map.occupations[0]?.labor);
  });
});
