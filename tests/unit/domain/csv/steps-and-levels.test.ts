import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../../src/domain/csv/csv-text';
import { occupationsToCsv, transitionsToCsv } from '../../../../src/domain/csv/map-to-rows';
import { formatRowIssue } from '../../../../src/domain/csv/row-issue';
import { rowsToMap } from '../../../../src/domain/csv/rows-to-map';
import { DEFAULT_LEVELS } from '../../../../src/domain/schema/level';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { buildMap } from '../../../support/build-map';
import { importSheets, issuesOf, mapOf } from './helpers';

const TERMS = ['Term 1', 'Term 2', 'Term 3', 'Term 4', 'Term 5'].map((label, index) => ({ id: `t${index + 1}`, label }));

/** A map of five terms with a card of every step kind, every step field filled, and requirements pointing at the cards. */
function termMap(): PathwayMap {
  return buildMap({
    schemaVersion: 2,
    levels: TERMS,
    groups: [{ id: 'it-support', label: 'IT support' }],
    occupations: [
      { id: 'help-desk', title: 'Help desk technician', level: 't3', groupId: 'it-support', socCode: '15-1232.00' },
      { id: 'sysadmin', title: 'Systems administrator', level: 't5' },
    ],
    steps: [
      {
        id: 'a-plus',
        kind: 'credential',
        title: 'CompTIA A+',
        credentialType: 'certification',
        issuer: 'CompTIA',
        url: 'https://www.comptia.org/certifications/a',
        costUsd: 505,
        ctid: 'ce-1234',
        level: 't2',
        groupId: 'it-support',
        summary: 'Two exams.',
        toGetIn: { type: 'any', count: 1, of: [{ type: 'program', cardId: 'bootcamp' }, { type: 'experience', cardId: 'lab-hours', text: 'Lab time' }] },
        links: [{ label: 'Exam objectives', url: 'https://example.org/objectives' }],
      },
      {
        id: 'bootcamp',
        kind: 'program',
        title: 'IT support apprenticeship',
        programType: 'registered-apprenticeship',
        provider: 'Springfield Tech',
        url: 'https://example.org/apprenticeship',
        lengthMonths: 12,
        costUsd: 0,
        format: 'hybrid',
        startingWage: 18.5,
        level: 't1',
      },
      { id: 'lab-hours', kind: 'experience', title: 'Lab hours', hours: 200, months: 3, level: 't1', toGetIn: { type: 'all', of: [{ type: 'education', education: 'high-school' }] } },
      { id: 'portfolio', kind: 'milestone', title: 'A home lab portfolio', summary: 'Three write-ups.', level: 't4' },
    ],
    transitions: [
      { id: 'a-plus-to-help-desk', from: 'a-plus', to: 'help-desk', kind: 'entry', requirements: { type: 'all', of: [{ type: 'credential', cardId: 'a-plus' }] } },
      {
        id: 'help-desk-to-sysadmin',
        from: 'help-desk',
        to: 'sysadmin',
        requirements: { type: 'all', of: [{ type: 'experience', text: 'Help desk work', months: 24 }, { type: 'any', count: 1, of: [{ type: 'other', cardId: 'portfolio' }, { type: 'credential', text: 'Network+' }] }] },
      },
    ],
  });
}

const table = (text: string, sheet: 'occupations' | 'transitions') => {
  const result = parseCsvText(text, sheet);
  if (!result.ok) throw new Error(result.error);
  return result.table;
};

function roundTrip(map: PathwayMap): PathwayMap {
  const result = rowsToMap({ occupationRows: table(occupationsToCsv(map), 'occupations'), transitionRows: table(transitionsToCsv(map), 'transitions') });
  if (!result.ok) throw new Error(result.rowIssues.map(formatRowIssue).join('\n'));
  return result.map;
}

describe('step cards and levels in CSV', () => {
  it('map → CSV → map keeps every step kind and field, the requirement trees with their card ids, and five terms in order', () => {
    const map = termMap();
    const back = roundTrip(map);
    expect(back.levels).toEqual(TERMS);
    expect(back.steps).toEqual(map.steps);
    expect(back.occupations).toEqual(map.occupations);
    expect(back.transitions).toEqual(map.transitions);
    expect(back.groups.map((group) => group.label)).toEqual(['IT support']);
  });

  it('writes the kind on every row, levels by label, and the levels once, in the first row', () => {
    const [header = [], first = [], second = []] = occupationsToCsv(termMap())
      .split('\r\n')
      .map((line) => line.split(','));
    const cell = (row: string[], key: string) => row[header.indexOf(key)];
    expect(cell(first, 'kind')).toBe('occupation');
    expect(cell(first, 'level')).toBe('Term 3');
    expect(cell(first, 'levels')).toBe('Term 1 <t1>; Term 2 <t2>; Term 3 <t3>; Term 4 <t4>; Term 5 <t5>');
    expect(cell(second, 'levels')).toBe('');
  });

  it('neutralises formulas in the step columns and the levels cell, and reads them back as written', () => {
    const map = buildMap({
      schemaVersion: 2,
      levels: [{ id: 'l1', label: '=STEP1' }],
      steps: [
        { id: 'c', kind: 'credential', title: 'C', credentialType: 'license', issuer: '=HYPERLINK("http://evil.example")', ctid: '+ce', level: 'l1' },
        { id: 'p', kind: 'program', title: 'P', programType: 'training', provider: '@provider' },
      ],
    });
    const text = occupationsToCsv(map);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toContain(`'+ce`);
    expect(text).toContain(`'@provider`);
    expect(text).toContain(`'=STEP1`);
    expect(text).not.toMatch(/(^|,)[=+@-]/m);
    const back = roundTrip(map);
    expect(back.steps).toEqual(map.steps);
    expect(back.levels).toEqual(map.levels);
  });

  it('resolves @card links and move ends to step cards written by title', () => {
    const map = mapOf(
      importSheets(
        ['kind,title,credentialType,programType,toGetIn', 'credential,NCLEX-PN,license,,program: @pn-program', 'program,PN program,,training,', ',Licensed Practical Nurse,,,'],
        ['from,to,requirements', 'NCLEX-PN,Licensed Practical Nurse,license: @nclex-pn'],
      ),
    );
    expect(map.steps.map((step) => [step.id, step.kind])).toEqual([
      ['nclex-pn', 'credential'],
      ['pn-program', 'program'],
    ]);
    expect(map.steps[0]?.toGetIn).toEqual({ type: 'all', of: [{ type: 'program', cardId: 'pn-program' }] });
    expect(map.transitions[0]).toMatchObject({ from: 'nclex-pn', to: 'licensed-practical-nurse', requirements: { type: 'all', of: [{ type: 'license', cardId: 'nclex-pn' }] } });
  });

  it('reports a link to a card the sheet does not hold on its row and column', () => {
    expect(issuesOf(importSheets(['kind,title,credentialType,toGetIn', 'credential,NCLEX-PN,license,program: @nowhere']))).toEqual([
      expect.stringMatching(/^occupations: Row 2, toGetIn: .*nowhere/),
    ]);
  });
});

describe('step cards in CSV: located messages', () => {
  it('names the allowed kinds for a kind that is not one', () => {
    expect(issuesOf(importSheets(['title,kind', 'Nurse,', 'Course,class']))).toEqual([
      'occupations: Row 3, kind: must be one of occupation, credential, program, experience or milestone (blank is an occupation), not "class"',
    ]);
  });

  it('reports a step field on an occupation and a wage on a credential, and what a step kind needs', () => {
    expect(issuesOf(importSheets(['kind,title,issuer,wageMedian,wageUnit,credentialType', ',Nurse,State board,,,', 'credential,License,,50000,year,', 'credential,Badge,,,,medal']))).toEqual([
      'occupations: Row 2, issuer: is for credential cards; this row is an occupation, so leave it blank',
      'occupations: Row 3, wage: is for occupation cards; this row is a credential, so leave it blank',
      'occupations: Row 3, wageUnit: is for occupation cards; this row is a credential, so leave it blank',
      expect.stringMatching(/^occupations: Row 3, credentialType: /),
      expect.stringMatching(/^occupations: Row 4, credentialType: .*"medal"/),
    ]);
  });

  it('reads a v1 sheet as before: without a kind column, step-only columns are ignored', () => {
    const result = importSheets(['title,provider,level', 'Nurse,Somewhere,Entry level']);
    const map = mapOf(result);
    expect(map.occupations).toEqual([{ id: 'nurse', title: 'Nurse', level: 'entry' }]);
    expect(map.steps).toEqual([]);
    expect(map.levels).toEqual(DEFAULT_LEVELS);
  });
});

describe('levels in CSV', () => {
  it('reads v1 level words as the built-in levels, with no notes', () => {
    const result = importSheets(['title,level', 'A,entry', 'B,Mid', 'C,ADVANCED level']);
    expect(mapOf(result).occupations.map((card) => card.level)).toEqual(['entry', 'middle', 'advanced']);
    expect(mapOf(result).levels).toEqual(DEFAULT_LEVELS);
    expect(result.notes).toEqual([]);
  });

  it('makes other levels in order of first appearance, compared without case, each with a note', () => {
    const result = importSheets(['title,level', 'A,Semester 2', 'B,semester 1', 'C,SEMESTER 2']);
    const map = mapOf(result);
    expect(map.levels).toEqual([
      { id: 'semester-2', label: 'Semester 2' },
      { id: 'semester-1', label: 'semester 1' },
    ]);
    expect(map.occupations.map((card) => card.level)).toEqual(['semester-2', 'semester-1', 'semester-2']);
    expect(result.notes.map(formatRowIssue)).toEqual([
      'Row 2, level: "Semester 2" made a new level, the map\'s level 1',
      'Row 3, level: "semester 1" made a new level, the map\'s level 2',
    ]);
  });

  it('takes the levels column’s order, and a level cell by id or label in any case', () => {
    const map = mapOf(importSheets(['title,level,levels', 'A,t2,Term 1 <t1>; Term 2 <t2>; Term 3', 'B,term 3,', 'C,T1,']));
    expect(map.levels).toEqual([
      { id: 't1', label: 'Term 1' },
      { id: 't2', label: 'Term 2' },
      { id: 'term-3', label: 'Term 3' },
    ]);
    expect(map.occupations.map((card) => card.level)).toEqual(['t2', 'term-3', 't1']);
  });

  it('reports a level the levels column lacks, a second levels cell, and a 13th level', () => {
    expect(issuesOf(importSheets(['title,level,levels', 'A,Term 1,Term 1; Term 2', 'B,Term 9,Term 1']))).toEqual([
      'occupations: Row 3, level: must be one of the levels in the levels column ("Term 1", "Term 2"), not "Term 9"',
      'occupations: Row 3, levels: the map\'s levels are already given in row 2; leave this cell blank',
    ]);
    expect(issuesOf(importSheets(['title,levels', 'A,', 'B,First <x>; Second <x>']))).toEqual([
      'occupations: Row 3, levels: level 2 id: "x" is already used by level 1; ids must be unique within levels',
    ]);
    const thirteen = Array.from({ length: 13 }, (_, index) => `Card ${index + 1},Stage ${index + 1}`);
    expect(issuesOf(importSheets(['title,level', ...thirteen]))).toEqual([
      'occupations: Row 14, level: would be a 13th level, "Stage 13"; a map has at most 12 levels',
    ]);
  });
});
