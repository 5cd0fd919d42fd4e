import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../../src/domain/csv/csv-text';
import { readWageSheet, yearFromFileName } from '../../../../src/domain/wage-sheet/read-wage-sheet';

function read(lines: readonly string[]) {
  const table = parseCsvText(lines.join('\n'), 'occupations');
  if (!table.ok) throw new Error(table.error);
  return readWageSheet(table.table);
}

const OEWS_HEADER = 'AREA,AREA_TITLE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,H_MEAN,A_MEAN,H_MEDIAN,A_MEDIAN,A_PCT90';

describe('readWageSheet: the BLS OEWS layout', () => {
  it('reads each wage column as its statistic and unit, with the area and the SOC code', () => {
    const result = read([OEWS_HEADER, '44140,"Springfield, MA",29-1141,Registered Nurses,detailed,"5,430",45.1,"93,810",44.2,"91,940",#']);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.sheet.layout).toBe('oews');
    expect(result.sheet.areas).toEqual(['Springfield, MA']);
    expect(result.sheet.statistics).toEqual(['mean', 'median', 'p90']);
    expect(result.sheet.figures).toContainEqual({ row: 2, soc: '29-1141', area: 'Springfield, MA', statistic: 'median', unit: 'year', figure: { amount: 91940 } });
    expect(result.sheet.figures).toContainEqual({ row: 2, soc: '29-1141', area: 'Springfield, MA', statistic: 'mean', unit: 'hour', figure: { amount: 45.1 } });
  });

  it('keeps * (not available) and # (top-coded) as marks, never as figures', () => {
    const result = read([OEWS_HEADER, '44140,Springfield,29-1141,Registered Nurses,detailed,100,*,*,#,#,#']);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const marks = result.sheet.figures.map((figure) => [`${figure.unit} ${figure.statistic}`, figure.figure]);
    expect(Object.fromEntries(marks)).toEqual({
      'hour mean': { unavailable: '*' },
      'year mean': { unavailable: '*' },
      'hour median': { unavailable: '#' },
      'year median': { unavailable: '#' },
      'year p90': { unavailable: '#' },
    });
  });

  it('lists every area of a sheet that has several', () => {
    const result = read([OEWS_HEADER, '1,Springfield,29-1141,RN,detailed,1,1,2,1,2,3', '2,Boston,29-1141,RN,detailed,1,1,2,1,2,3']);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.sheet.areas).toEqual(['Springfield', 'Boston']);
  });

  it('names the row and column of a cell it can’t read', () => {
    expect(read([OEWS_HEADER, '1,Springfield,29-1141,RN,detailed,1,1,lots,1,2,3', '2,Boston,RN,RN,detailed,1,1,2,1,2,3'])).toEqual({
      ok: false,
      errors: [
        'Row 2, A_MEAN: "lots" isn\'t a wage figure: write a number of dollars, or * or # as OEWS does',
        'Row 3, OCC_CODE: "RN" isn\'t a SOC code like 29-1141',
      ],
    });
  });

  it('takes the year from a file name like BLS gives, or May 2024', () => {
    expect(yearFromFileName('state_M2024_dl.csv')).toBe(2024);
    expect(yearFromFileName('OEWS May 2023 Massachusetts.csv')).toBe(2023);
    expect(yearFromFileName('wages.csv')).toBeUndefined();
  });
});

describe('readWageSheet: our own layout', () => {
  it('reads socCode, area, year, statistic, amount and unit, an O*NET code as its SOC code, yearly when no unit is given', () => {
    const result = read(['socCode,area,year,statistic,amount,unit', '29-1141.00,Springfield,2024,median,"91,940",', '31-1131,Springfield,2024,mean,19.5,hour']);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.sheet.layout).toBe('simple');
    expect(result.sheet.figures).toEqual([
      { row: 2, soc: '29-1141', area: 'Springfield', year: 2024, statistic: 'median', unit: 'year', figure: { amount: 91940 } },
      { row: 3, soc: '31-1131', area: 'Springfield', year: 2024, statistic: 'mean', unit: 'hour', figure: { amount: 19.5 } },
    ]);
  });

  it('refuses a sheet it doesn’t know, and bad cells, saying where', () => {
    expect(read(['title,wage', 'RN,5'])).toMatchObject({ ok: false, errors: [expect.stringMatching(/^Row 1: this isn't a wage sheet/)] });
    expect(read(['socCode,statistic,amount,year,unit', '29-1141,average,5,24,week'])).toEqual({
      ok: false,
      errors: [
        'Row 2, statistic: "average" isn\'t a statistic this sheet can give; write one of mean, median, p10, p25, p75, p90',
        'Row 2, year: "24" isn\'t a year like 2024',
        'Row 2, unit: "week" isn\'t a unit; write hour or year',
      ],
    });
    expect(read(['socCode,area', '29-1141,x'])).toEqual({ ok: false, errors: ['Row 1: the sheet has no statistic, amount column; its columns are socCode, area, year, statistic, amount, unit.'] });
  });
});
