import { describe, expect, it } from 'vitest';
import { parseCsvText, toCsvText } from '../../../../src/domain/csv/csv-text';

const errorOf = (text: string, sheet: 'occupations' | 'transitions' = 'occupations') => {
  const result = parseCsvText(text, sheet);
  if (result.ok) throw new Error('expected the CSV to be refused');
  return result.error;
};

describe('parseCsvText', () => {
  it('reads headers and rows, dropping a byte-order mark and trimming headers', () => {
    const result = parseCsvText('\uFEFF Title ,SOC\r\nNurse,"29-1141"\r\n', 'occupations');
    expect(result).toEqual({ ok: true, table: { headers: ['Title', 'SOC'], rows: [{ row: 2, cells: ['Nurse', '29-1141'] }] } });
  });

  it('skips empty lines but numbers rows as the spreadsheet does, multi-line cells included', () => {
    const result = parseCsvText('title,summary\n\nA,"two\nlines"\n,\nB,x\n', 'occupations');
    expect(result.ok && result.table.rows).toEqual([
      { row: 3, cells: ['A', 'two\nlines'] },
      { row: 5, cells: ['B', 'x'] },
    ]);
  });

  it('reads every row when line ends are mixed (rows typed onto a CRLF template with plain line breaks)', () => {
    const result = parseCsvText('title,soc\r\nNurse,29-1141\r\nAide,31-1131\nMedic,29-2043\nClerk,"a\r\nb"\rLast,1\n', 'occupations');
    if (!result.ok) throw new Error(result.error);
    expect(result.table.rows.map((row) => row.cells[0])).toEqual(['Nurse', 'Aide', 'Medic', 'Clerk', 'Last']);
    // A line break inside a quoted cell is the cell's own.
    expect(result.table.rows[3]?.cells[1]).toBe('a\r\nb');
  });

  it('reads semicolon- and tab-separated files, and commas with semicolon lists inside quotes', () => {
    const semicolons = parseCsvText('title;wageMedian\nA;"1,5"\nB;2\n', 'occupations');
    expect(semicolons.ok && semicolons.table.rows[0]?.cells).toEqual(['A', '1,5']);
    const tabs = parseCsvText('title\tsoc\nA\t29-1141\n', 'occupations');
    expect(tabs.ok && tabs.table.headers).toEqual(['title', 'soc']);
    const lists = parseCsvText('title,skills\nA,"x; y; z"\nB,"q; r"\n', 'occupations');
    expect(lists.ok && lists.table.rows[0]?.cells).toEqual(['A', 'x; y; z']);
  });

  it('reads a one-column sheet', () => {
    const result = parseCsvText('title\nA\nB\n', 'occupations');
    expect(result.ok && result.table.rows.map((row) => row.cells)).toEqual([['A'], ['B']]);
  });

  it('refuses what is not CSV text, saying what to do', () => {
    expect(errorOf('')).toBe('The file is empty.');
    expect(errorOf('\uFEFF  \n ')).toBe('The file is empty.');
    expect(errorOf('PK\u0003\u0004\u0014\u0000')).toMatch(/^This is an Excel workbook .*"CSV UTF-8"/);
    expect(errorOf('title\nCaf\uFFFD\n')).toMatch(/^This file isn't UTF-8 text.*"CSV UTF-8"/);
    expect(errorOf('\uFFFD\uFFFDt\u0000i\u0000')).toMatch(/^This file isn't UTF-8 text/);
    expect(errorOf('title,summary\nA,"never closed\nB,x\n')).toBe('The file isn\'t readable CSV. Row 2: a cell opens a double quote (") that is never closed.');
    expect(errorOf('\n\ntitle\nA')).toBe('The first row is empty; it should hold the column names.');
  });

  it('refuses more rows than a map can hold, naming the limit', () => {
    const occupations = ['title', ...Array.from({ length: 5_001 }, (_, i) => `T${i}`)].join('\n');
    expect(errorOf(occupations)).toBe('The occupations sheet has 5,001 rows; a map can have at most 5,000 occupations.');
    const transitions = ['from,to', ...Array.from({ length: 20_001 }, (_, i) => `a${i},b`)].join('\n');
    expect(errorOf(transitions, 'transitions')).toBe('The transitions sheet has 20,001 rows; a map can have at most 20,000 transitions.');
  });
});

describe('toCsvText', () => {
  it('quotes only what needs quoting and ends every line with CRLF', () => {
    expect(toCsvText([['title', 'summary'], ['A, B', 'say "hi"\nthere'], ['C', '']])).toBe(
      'title,summary\r\n"A, B","say ""hi""\nthere"\r\nC,\r\n',
    );
  });
});
