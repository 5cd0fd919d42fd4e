import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessCredentialKind } from '../../../../src/domain/csv/guess-credential-kind';
import { readAmount, readNumber } from '../../../../src/domain/csv/read-amount';
import { readYesNo } from '../../../../src/domain/csv/read-yes-no';
import { formatRowIssue } from '../../../../src/domain/csv/row-issue';
import { suggestMapTitle } from '../../../../src/domain/csv/sheet-map-facts';
import { importSheets, issuesOf, mapOf, sheet } from './helpers';

describe('readAmount: money as people write it', () => {
  it.each([
    ['$45,000', 45000, undefined, '"$45,000" read as $45,000'],
    ['45k', 45000, undefined, '"45k" read as $45,000'],
    ['$57.5K', 57500, undefined, '"$57.5K" read as $57,500'],
    ['USD 1,200,000', 1200000, undefined, '"USD 1,200,000" read as $1,200,000'],
    ['15 $/hr', 15, 'hour', '"15 $/hr" read as $15 an hour'],
    ['$22.50 an hour', 22.5, 'hour', '"$22.50 an hour" read as $22.5 an hour'],
    ['$48,000/yr', 48000, 'year', '"$48,000/yr" read as $48,000 a year'],
  ])('reads %s', (text, value, unit, note) => {
    expect(readAmount(text, true)).toEqual({ value, ...(unit ? { unit } : {}), note });
  });

  it('reads a plain number without a note', () => {
    expect(readAmount('35000', true)).toEqual({ value: 35000 });
  });

  it.each(['$35,00', '35 thousand', '1,2,3', '$', 'k', '12-15', '1e400', '$1e400k', 'abc'])('leaves %s for the format to refuse', (text) => {
    expect(readAmount(text, true)).toBeNull();
  });

  it('takes no unit where a unit has no meaning (a training cost)', () => {
    expect(readAmount('15 $/hr', false)).toBeNull();
  });

  it('reads back any amount written with a dollar sign and thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (dollars) => {
        expect(readAmount(`$${dollars.toLocaleString('en-US')}`, true)?.value).toBe(dollars);
      }),
    );
  });
});

describe('readNumber: counts with thousands separators', () => {
  it('reads "1,200" with a note and refuses a comma that may be a decimal mark', () => {
    expect(readNumber('1,200')).toEqual({ value: 1200, note: '"1,200" read as 1,200' });
    expect(readNumber('1,5')).toBeNull();
  });
});

describe('readYesNo', () => {
  it.each([
    ['yes', true, undefined],
    ['No', false, undefined],
    ['Y', true, '"Y" read as yes'],
    ['n', false, '"n" read as no'],
    ['✓', true, '"✓" read as yes'],
    ['✗', false, '"✗" read as no'],
    ['TRUE', true, '"TRUE" read as yes'],
  ])('reads %s', (text, value, note) => {
    expect(readYesNo(text)).toEqual(note ? { value, note } : { value });
  });

  it('reads nothing from other words', () => {
    expect(readYesNo('maybe')).toBeNull();
  });
});

describe('guessCredentialKind', () => {
  it.each([
    ['CompTIA A+ certification', 'certification'],
    ['Massachusetts Certified Nursing Assistant', 'certification'],
    ['Registered nurse license', 'license'],
    ['Phlebotomy certificate', 'certificate'],
    ["Associate's degree in nursing", 'degree'],
    ['BSN', 'degree'],
  ])('reads %s as a %s', (text, kind) => {
    expect(guessCredentialKind(text)).toBe(kind);
  });

  it.each(['CPR', 'Certificate leading to certification', 'Licensed by the state after a degree'])('does not guess when %s names no kind or several', (text) => {
    expect(guessCredentialKind(text)).toBeNull();
  });
});

describe('rowsToMap: forgiving sheets, strict data', () => {
  it('accepts "$45,000", "15 $/hr" and "Y", and says how each was read', () => {
    const result = importSheets(['title,wageMin,wageMedian,wageUnit,highGrowth', 'Help desk,"$45,000",,year,Y', 'Tutor,,15 $/hr,,✓']);
    const map = mapOf(result);
    expect(map.occupations.map(({ wage, highGrowth }) => ({ wage, highGrowth }))).toEqual([
      { wage: { min: 45000, unit: 'year' }, highGrowth: true },
      { wage: { statistic: 'median', amount: 15, unit: 'hour' }, highGrowth: true },
    ]);
    expect(result.notes.map(formatRowIssue)).toEqual([
      'Row 2, wageMin: "$45,000" read as $45,000',
      'Row 2, highGrowth: "Y" read as yes',
      'Row 3, wage: "15 $/hr" read as $15 an hour',
      'Row 3, wageStatistic: read as median, as the header "wageMedian" says; fill wageStatistic if the figures are means or percentiles',
      'Row 3, highGrowth: "✓" read as yes',
    ]);
  });

  it('refuses an hourly wage on a row whose wageUnit says year', () => {
    expect(issuesOf(importSheets(['title,wageMedian,wageUnit', 'Tutor,15 $/hr,year']))).toEqual([
      'occupations: Row 2, wage: says hourly but wageUnit says year',
    ]);
  });

  it('guesses a credential kind only when the name says one, with a note', () => {
    const result = importSheets(['title,credentials', 'Support,CompTIA A+ certification; license: Driver license']);
    expect(mapOf(result).occupations[0]?.credentials).toEqual([
      { name: 'CompTIA A+ certification', kind: 'certification' },
      { name: 'Driver license', kind: 'license' },
    ]);
    expect(result.notes.map(formatRowIssue)).toEqual(['Row 2, credentials: "CompTIA A+ certification" read as a certification']);
  });

  it('gives each group its own colour', () => {
    const map = mapOf(importSheets(['title,group', 'A,One', 'B,Two', 'C,Three', 'D,one']));
    const colours = map.groups.map((group) => group.color);
    expect(colours.every((colour) => colour !== undefined && /^#[0-9a-f]{6}$/.test(colour))).toBe(true);
    expect(new Set(colours).size).toBe(3);
  });

  it('takes the sector and region of the first row for the map', () => {
    const occupations = sheet('occupations', 'title,sector,region', 'Help desk,Information technology,Massachusetts');
    expect(suggestMapTitle(occupations, 'it.csv')).toBe('Information technology careers in Massachusetts');
    const map = mapOf(importSheets(['title,sector,region', 'Help desk,Information technology,Massachusetts']));
    expect([map.title, map.id, map.sector, map.region]).toEqual([
      'Information technology careers in Massachusetts',
      'information-technology-careers-in',
      'Information technology',
      'Massachusetts',
    ]);
  });

  it('suggests a title from the sheet name otherwise', () => {
    const occupations = sheet('occupations', 'title', 'Help desk');
    expect(suggestMapTitle(occupations, 'it-occupations-fixed.csv')).toBe('It occupations fixed');
    expect(suggestMapTitle(occupations, 'MA IT map - Occupations.csv')).toBe('Occupations');
  });
});
