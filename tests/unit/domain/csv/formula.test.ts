import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from '../../../../src/domain/csv/formula';
import { parseCsvText } from '../../../../src/domain/csv/csv-text';
import { occupationsToCsv } from '../../../../src/domain/csv/map-to-rows';
import { buildMap } from '../../../support/build-map';

describe('formula injection', () => {
  it('puts a single quote before text a spreadsheet would run as a formula', () => {
    expect(escapeFormula('=HYPERLINK("http://evil.example","click")')).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(escapeFormula('+1 555 0100')).toBe("'+1 555 0100");
    expect(escapeFormula('-5 years')).toBe("'-5 years");
    expect(escapeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeFormula('\t=1')).toBe("'\t=1");
    expect(escapeFormula('\r=1')).toBe("'\r=1");
    expect(escapeFormula('=1\n=2')).toBe("'=1\n=2");
  });

  it('leaves other text alone, including a quote before ordinary text', () => {
    for (const text of ['Registered Nurse', "'90s style", 'a=b', ' =1', '']) expect(escapeFormula(text)).toBe(text);
  });

  it('takes the quote off on the way in, so any text survives the trip, quotes included', () => {
    for (const text of ['=1', "'=1", "''+x", "'plain", 'plain', '-', "'"]) {
      expect(unescapeFormula(escapeFormula(text))).toBe(text);
    }
  });

  it('exports escaped cells that read back as the original text', () => {
    const map = buildMap({
      groups: [{ id: 'g', label: '@group' }],
      occupations: [{ id: '=cmd', title: '=HYPERLINK("http://evil.example")', groupId: 'g', skills: ['-x', '+y'] }],
    });
    const text = occupationsToCsv(map);
    expect(text).toContain(`'=cmd,occupation,"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toContain("'@group");
    expect(text).toContain("'-x; +y");
    const table = parseCsvText(text, 'occupations');
    expect(table.ok && table.table.rows[0]?.cells.slice(0, 3)).toEqual(["'=cmd", 'occupation', `'=HYPERLINK("http://evil.example")`]);
  });

  it('never quotes numbers: a negative growth is a number, not a formula', () => {
    const map = buildMap({ occupations: [{ id: 'a', title: 'A', labor: { growthPct: -3.5 } }] });
    expect(occupationsToCsv(map)).toMatch(/,-3\.5,/);
  });
});
