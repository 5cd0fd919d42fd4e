import { describe, expect, it } from 'vitest';
import { rowsToMap } from '../../../../src/domain/csv/rows-to-map';
import { importSheets, issuesOf, mapOf, sheet } from './helpers';

describe('rowsToMap: cells become a map', () => {
  it('converts numbers, yes/no, readable labels and lists', () => {
    const map = mapOf(
      importSheets([
        'Title,SOC,Level,Education,Wage median,Wage unit,Registered apprenticeship,Bright outlook,Growth %,Skills,Credentials,Links',
        'Registered Nurse,29-1141.00,Advanced level,"Bachelor\'s degree",82650.50,Annual,No,yes,8.5%,Care; Triage ;; ,"license: RN license: NCLEX-RN; Degree: BSN","O*NET: RN <https://www.onetonline.org/link/summary/29-1141.00>; https://www.bls.gov/ooh/"',
      ]),
    );
    expect(map.occupations).toEqual([
      {
        id: 'registered-nurse',
        title: 'Registered Nurse',
        socCode: '29-1141.00',
        level: 'advanced',
        education: 'bachelor',
        // Headed "Wage median": the sheet says its figures are medians.
        wage: { statistic: 'median', amount: 82650.5, unit: 'year' },
        apprenticeship: { registered: false },
        highGrowth: true,
        labor: { growthPct: 8.5 },
        skills: ['Care', 'Triage'],
        credentials: [
          { name: 'RN license: NCLEX-RN', kind: 'license' },
          { name: 'BSN', kind: 'degree' },
        ],
        links: [
          { label: 'O*NET: RN', url: 'https://www.onetonline.org/link/summary/29-1141.00' },
          { label: 'https://www.bls.gov/ooh/', url: 'https://www.bls.gov/ooh/' },
        ],
      },
    ]);
  });

  it('accepts yes/no, true/false and 1/0 in any case', () => {
    const map = mapOf(importSheets(['title,highGrowth', 'A,YES', 'B,false', 'C,1', 'D,0', 'E,True', 'F,n']));
    expect(map.occupations.map((occupation) => occupation.highGrowth)).toEqual([true, false, true, false, true, false]);
  });

  it('leaves blank cells out, and trims the rest', () => {
    const map = mapOf(importSheets(['title,summary,wageMedian,wageUnit', '  Paramedic  ,   ,,']));
    expect(map.occupations).toEqual([{ id: 'paramedic', title: 'Paramedic' }]);
  });

  it('makes ids from titles, never taking an id the sheet already uses', () => {
    const map = mapOf(importSheets(['id,title', ',Registered Nurse', 'registered-nurse,Nurse', ',Registered Nurse!', ',***']));
    expect(map.occupations.map((occupation) => occupation.id)).toEqual(['registered-nurse-2', 'registered-nurse', 'registered-nurse-3', 'occupation']);
  });

  it('makes one group per distinct label, compared without case', () => {
    const map = mapOf(importSheets(['title,group', 'CNA,Nursing', 'LPN,nursing ', 'EMT,Emergency medical services', 'Clerk,']));
    expect(map.groups.map(({ id, label }) => ({ id, label }))).toEqual([
      { id: 'nursing', label: 'Nursing' },
      { id: 'emergency-medical-services', label: 'Emergency medical services' },
    ]);
    expect(map.occupations.map((occupation) => occupation.groupId)).toEqual(['nursing', 'nursing', 'emergency-medical-services', undefined]);
  });

  it('names the new map after the given title, with its dates', () => {
    const result = rowsToMap({ occupationRows: sheet('occupations', 'title', 'A') }, { title: 'Nursing ladder', now: new Date('2026-01-02T03:04:05Z') });
    expect(result.ok && [result.map.id, result.map.title, result.map.createdAt]).toEqual(['nursing-ladder', 'Nursing ladder', '2026-01-02T03:04:05.000Z']);
  });

  it('counts rows as a spreadsheet does: the header is row 1 and empty lines still count', () => {
    const result = importSheets(['title,wageMedian,wageUnit', 'A,1,hour', '', ',,', 'B,abc,hour']);
    expect(issuesOf(result)).toEqual(['occupations: Row 5, wage: must be a number of dollars, not "abc"']);
  });
});

describe('rowsToMap: every problem names its row and column', () => {
  it('refuses money it cannot read for sure, and says how to write it', () => {
    expect(issuesOf(importSheets(['title,wageMin,wageUnit', 'A,"$35,00",year']))).toEqual([
      'occupations: Row 2, wageMin: must be a number of dollars, not "$35,00" (write it as 3500)',
    ]);
  });

  it('reports each conversion the format refuses', () => {
    const issues = issuesOf(
      importSheets([
        'title,socCode,level,levels,education,wageMedian,wageUnit,wageYear,registeredApprenticeship,highGrowth,designation,annualOpenings,growthPct,links,credentials',
        'A,29-11,junior,Entry; Senior,college,1e400,weekly,24,maybe,sometimes,urgent,2.5,-120,javascript:alert(1),CPR',
      ]),
    );
    expect(issues).toEqual([
      'occupations: Row 2, socCode: must be an O*NET-SOC code like 29-1141 or 29-1141.01, not "29-11"',
      'occupations: Row 2, level: must be one of the levels in the levels column ("Entry", "Senior"), not "junior"',
      'occupations: Row 2, education: must be one of "none", "high-school", "postsecondary-nondegree", "some-college", "associate", "bachelor", "master" or "doctoral", not "college"',
      'occupations: Row 2, wage: must be a number of dollars, not "1e400"',
      'occupations: Row 2, wageUnit: must be one of "hour" or "year", not "weekly"',
      'occupations: Row 2, wageYear: must be at least 1,900, not 24',
      'occupations: Row 2, credentials: "CPR" needs its kind first, like "certification: CPR" (license, certification, certificate or degree)',
      'occupations: Row 2, registeredApprenticeship: must be true or false, not "maybe"',
      'occupations: Row 2, highGrowth: must be true or false, not "sometimes"',
      'occupations: Row 2, designation: must be one of "priority" or "critical", not "urgent"',
      'occupations: Row 2, annualOpenings: must be a whole number, not 2.5',
      'occupations: Row 2, growthPct: must be at least -100, not -120',
      'occupations: Row 2, links: item 1: must be a web address starting with https:// or http:// (or a mailto: address); "javascript:" addresses are not allowed',
    ]);
  });

  it('asks for a wage unit, and for at least one figure', () => {
    expect(issuesOf(importSheets(['title,wageMedian,wageUnit,wageArea', 'A,20,,', 'B,,hour,Massachusetts']))).toEqual([
      'occupations: Row 2, wageUnit: is required',
      "occupations: Row 3, wage: needs at least one of min, amount (the wage figure) or max; leave the wage out if it isn't known",
    ]);
  });

  it('reports a wage range that runs backwards on the column that is too high', () => {
    expect(issuesOf(importSheets(['title,wageMin,wageMedian,wageUnit', 'A,30,20,hour']))).toEqual([
      'occupations: Row 2, wageMin: is more than the amount (30 > 20); a wage range runs min ≤ amount ≤ max',
    ]);
  });

  it('reports a missing title, a repeated id and cells past the last header', () => {
    expect(issuesOf(importSheets(['id,title', 'a,', 'b,B', 'c,C,extra']))).toEqual([
      'occupations: Row 2, title: is required',
      'occupations: Row 4: has more cells than the header row has columns; a value with a comma in it must be in double quotes',
    ]);
    expect(issuesOf(importSheets(['id,title', 'a,A', 'a,B']))).toEqual([
      'occupations: Row 3, id: "a" is already used by row 2 of the occupations sheet; ids must be unique across occupations, steps and transitions',
    ]);
  });

  it('asks for the header a sheet needs instead of failing every row', () => {
    expect(issuesOf(importSheets(['name2,soc', 'A,29-1141']))).toEqual([
      'occupations: Row 1, title: is missing: the header row needs a column headed "title" (or "occupation", "occupation title", "job title")',
    ]);
    expect(issuesOf(importSheets(['title', 'A'], ['from', 'A']))).toEqual([
      'transitions: Row 1, to: is missing: the header row needs a column headed "to" (or "to occupation", "to id", "target") or "toTitle"',
    ]);
  });

  it('refuses a sheet with no rows', () => {
    expect(issuesOf(importSheets(['title,socCode']))).toEqual(['occupations: The occupations sheet has no rows under its header row.']);
  });

  it('lists at most 50 problems, then counts the rest', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `T${i},x,hour`);
    const issues = issuesOf(importSheets(['title,wageMedian,wageUnit', ...rows]));
    expect(issues).toHaveLength(51);
    expect(issues.at(-1)).toMatch(/…and 10 more problems/);
  });
});
