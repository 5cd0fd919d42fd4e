import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../../src/domain/csv/csv-text';
import type { Occupation } from '../../../../src/domain/schema/map';
import { defaultStatistic, planWageUpdate } from '../../../../src/domain/wage-sheet/plan-wage-update';
import { readWageSheet } from '../../../../src/domain/wage-sheet/read-wage-sheet';

function sheetOf(lines: readonly string[]) {
  const table = parseCsvText(lines.join('\n'), 'occupations');
  if (!table.ok) throw new Error(table.error);
  const result = readWageSheet(table.table);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.sheet;
}

const SHEET = sheetOf([
  'AREA_TITLE,OCC_CODE,OCC_TITLE,H_MEAN,A_MEAN,H_MEDIAN,A_MEDIAN',
  'Springfield,29-1141,Registered Nurses,45,93600,44,91520',
  'Springfield,29-1228,Physicians,#,#,#,#',
  'Boston,29-1141,Registered Nurses,50,104000,49,101920',
  'Springfield,31-1131,Nursing Assistants,19,39520,*,*',
]);

const cards: Occupation[] = [
  { id: 'rn', title: 'RN', socCode: '29-1141.00', wage: { statistic: 'mean', amount: 82650, unit: 'year', year: 2019, area: 'Springfield' } },
  { id: 'md', title: 'Physician', socCode: '29-1228.00' },
  { id: 'cna', title: 'CNA', socCode: '31-1131.00', wage: { amount: 17, unit: 'hour' } },
  { id: 'ma', title: 'MA', socCode: '31-9092.00' },
  { id: 'helper', title: 'Helper' },
];

describe('planWageUpdate', () => {
  it('takes the median when the sheet has one, and matches O*NET codes to OEWS SOC codes in the chosen area', () => {
    expect(defaultStatistic(SHEET)).toBe('median');
    const changes = planWageUpdate(cards, SHEET, { statistic: 'median', area: 'Springfield', year: 2024 });
    expect(changes.map((change) => [change.occupation.id, change.kind])).toEqual([
      ['rn', 'update'],
      ['md', 'not-available'],
      ['cna', 'not-available'],
      ['ma', 'no-match'],
      ['helper', 'no-match'],
    ]);
    expect(changes[0]).toMatchObject({ after: { statistic: 'median', amount: 91520, unit: 'year', year: 2024, area: 'Springfield' } });
    expect(changes[1]).toMatchObject({ mark: '#' });
    expect(changes[4]).toMatchObject({ reason: 'no SOC code' });
  });

  it('gives each card its figure in the card’s own unit, and the other area when it is chosen', () => {
    const changes = planWageUpdate(cards, SHEET, { statistic: 'mean', area: 'Boston', year: 2024 });
    expect(changes[0]).toMatchObject({ kind: 'update', after: { amount: 104000, unit: 'year', area: 'Boston' } });
    const springfield = planWageUpdate(cards, SHEET, { statistic: 'mean', area: 'Springfield', year: 2024 });
    expect(springfield[2]).toMatchObject({ kind: 'update', after: { statistic: 'mean', amount: 19, unit: 'hour' } });
  });
});
