import { describe, expect, it } from 'vitest';
import { transitionsToCsv } from '../../../../src/domain/csv/map-to-rows';
import { buildMap } from '../../../support/build-map';
import { importSheets, issuesOf, mapOf } from './helpers';

const OCCUPATIONS = ['id,title', 'cna,Nursing Assistant', 'rn,Registered Nurse'];

/** A map whose one move takes the given requirement tree. */
const withRequirements = (requirements: unknown) =>
  buildMap({
    schemaVersion: 2,
    occupations: [
      { id: 'cna', title: 'Nursing Assistant' },
      { id: 'rn', title: 'Registered Nurse' },
    ],
    transitions: [{ id: 'cna-to-rn', from: 'cna', to: 'rn', requirements }],
  });

const requirementsCell = (csv: string) => csv.trim().split('\n')[1]?.split(',')[6];

describe('the requirements column', () => {
  it('writes a tree in the one-line notation and reads it back the same', () => {
    const tree = {
      type: 'all',
      of: [
        { type: 'credential', text: 'CNA certificate' },
        { type: 'any', count: 1, of: [{ type: 'credential', text: 'ADN (2 years)' }, { type: 'credential', text: 'BSN' }] },
        { type: 'experience', text: 'clinical work', months: 12 },
      ],
    };
    const csv = transitionsToCsv(withRequirements(tree));
    expect(requirementsCell(csv)).toBe('credential: CNA certificate; any 1 of (credential: ADN (2 years); credential: BSN); experience: clinical work [12 months]');
    const back = mapOf(importSheets(OCCUPATIONS, csv.trim().split('\n')));
    expect(back.transitions[0]?.requirements).toEqual(tree);
  });

  it('reads a v1 sheet\'s "A; B" as all of those, parentheses in a text included', () => {
    const map = mapOf(importSheets(OCCUPATIONS, ['from,to,requirements', 'cna,rn,Practical nursing (PN) program; Pass the NCLEX-PN exam']));
    expect(map.transitions[0]?.requirements).toEqual({
      type: 'all',
      of: [
        { type: 'other', text: 'Practical nursing (PN) program' },
        { type: 'other', text: 'Pass the NCLEX-PN exam' },
      ],
    });
  });

  it('quote-prefixes a cell a spreadsheet would run as a formula, and reads it back without the quote', () => {
    const tree = { type: 'all', of: [{ type: 'other', text: '=HYPERLINK("http://x")' }] };
    const csv = transitionsToCsv(withRequirements(tree));
    expect(csv).toContain(`'=HYPERLINK(`);
    const back = mapOf(importSheets(OCCUPATIONS, csv.trim().split('\n')));
    expect(back.transitions[0]?.requirements).toEqual(tree);
  });

  it('says where a cell goes wrong', () => {
    expect(issuesOf(importSheets(OCCUPATIONS, ['from,to,requirements', 'cna,rn,any 1 of (ADN; BSN']))).toEqual([
      'transitions: Row 2, requirements: misses a ")" at character 19',
    ]);
  });
});
