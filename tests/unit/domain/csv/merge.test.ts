import { describe, expect, it } from 'vitest';
import { mergeImport } from '../../../../src/domain/csv/merge-import';
import { mergeIntoMap, type MergeResult } from '../../../../src/domain/csv/merge';
import { buildMap } from '../../../support/build-map';
import { importSheets, issuesOf } from './helpers';

function openMap() {
  return buildMap({
    groups: [{ id: 'nursing', label: 'Nursing', color: '#2f6fb0' }],
    occupations: [
      {
        id: 'cna',
        title: 'Nursing Assistant',
        socCode: '31-1131.00',
        groupId: 'nursing',
        wage: { min: 17, amount: 19, max: 22, unit: 'hour', sourceId: 'oews' },
        credentials: [{ name: 'CNA', kind: 'certification', issuer: 'Massachusetts DPH' }],
        position: { x: 10, y: 20 },
      },
      { id: 'rn', title: 'Registered Nurse', socCode: '29-1141', summary: 'Plans care.' },
    ],
    transitions: [{ id: 'cna-to-rn', from: 'cna', to: 'rn', notes: 'kept' }],
    sources: [{ id: 'oews', label: 'OEWS' }],
  });
}

function imported(occupations: string[], transitions?: string[]) {
  const result = importSheets(occupations, transitions);
  if (!result.ok) throw new Error(JSON.stringify(result.rowIssues));
  return result;
}

const merged = (result: MergeResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
};

describe('mergeIntoMap', () => {
  it('matches by SOC code and updates only the fields the sheet gives', () => {
    const sheets = imported(['title,socCode,wageMedian,wageUnit,credentials,group', 'CNA,31-1131,20,hour,certification: CNA; license: Other,nursing']);
    const result = merged(mergeIntoMap(openMap(), sheets.map, 'socCode'));
    expect(result.summary).toEqual({ occupations: { added: 0, updated: 1, unchanged: 0 }, steps: { added: 0, updated: 0, unchanged: 0 }, transitions: { added: 0, unchanged: 0 } });
    expect(result.map.occupations[0]).toEqual({
      id: 'cna',
      title: 'CNA',
      socCode: '31-1131',
      groupId: 'nursing',
      // A new figure: the old one's source is not its source.
      wage: { statistic: 'median', min: 17, amount: 20, max: 22, unit: 'hour' },
      credentials: [
        { name: 'CNA', kind: 'certification', issuer: 'Massachusetts DPH' },
        { name: 'Other', kind: 'license' },
      ],
      position: { x: 10, y: 20 },
    });
    expect(result.map.groups).toEqual(openMap().groups);
    expect(result.map.sources).toEqual(openMap().sources);
  });

  it('matches by id, adds the rest under unused ids, with new groups, and adds only new moves', () => {
    const sheets = imported(
      ['id,title,group', 'rn,Registered Nurse,Nursing', 'lpn,Licensed Practical Nurse,Practical nursing', 'cna-to-rn,Clash,'],
      ['from,to,notes', 'lpn,rn,new', 'cna-to-rn,lpn,'],
    );
    const sheetsWithCna = imported(['id,title', 'cna,Nursing Assistant', 'rn,Registered Nurse'], ['from,to,notes', 'cna,rn,replaced?']);
    const result = merged(mergeIntoMap(openMap(), sheets.map, 'id'));
    expect(result.summary).toEqual({ occupations: { added: 2, updated: 1, unchanged: 0 }, steps: { added: 0, updated: 0, unchanged: 0 }, transitions: { added: 2, unchanged: 0 } });
    expect(result.map.occupations.map((o) => [o.id, o.groupId])).toEqual([
      ['cna', 'nursing'],
      ['rn', 'nursing'],
      ['lpn', 'practical-nursing'],
      ['cna-to-rn-2', undefined],
    ]);
    expect(result.map.groups.map((group) => group.label)).toEqual(['Nursing', 'Practical nursing']);
    expect(result.map.transitions.map((move) => [move.id, move.from, move.to])).toEqual([
      ['cna-to-rn', 'cna', 'rn'],
      ['lpn-to-rn', 'lpn', 'rn'],
      ['cna-to-rn-to-lpn', 'cna-to-rn-2', 'lpn'],
    ]);
    const again = merged(mergeIntoMap(openMap(), sheetsWithCna.map, 'id'));
    expect(again.summary).toEqual({ occupations: { added: 0, updated: 0, unchanged: 2 }, steps: { added: 0, updated: 0, unchanged: 0 }, transitions: { added: 0, unchanged: 1 } });
    expect(again.map.transitions).toEqual(openMap().transitions);
  });

  it('replaces a wage given in another unit instead of mixing units', () => {
    const sheets = imported(['id,title,wageMedian,wageUnit', 'cna,Nursing Assistant,40000,year']);
    expect(merged(mergeIntoMap(openMap(), sheets.map, 'id')).map.occupations[0]?.wage).toEqual({ statistic: 'median', amount: 40000, unit: 'year' });
  });

  it('gives a new wage figure none of the old figure’s statistic, year, area or source', () => {
    const map = buildMap({
      occupations: [
        {
          id: 'cna',
          title: 'Nursing Assistant',
          wage: { statistic: 'mean', amount: 32400, unit: 'year', year: 2019, area: 'Springfield, MA metro', sourceId: 'bls-2019' },
          labor: { annualOpenings: 120, employment: 4000, period: { from: 2020, to: 2030 }, year: 2020, area: 'Massachusetts', sourceId: 'bls-2019' },
        },
      ],
      sources: [{ id: 'bls-2019', label: 'BLS OEWS May 2019' }],
    });
    const changed = merged(mergeIntoMap(map, imported(['id,title,wage,wageUnit,employment', 'cna,Nursing Assistant,41000,year,4200']).map, 'id')).map.occupations[0];
    expect(changed?.wage).toEqual({ amount: 41000, unit: 'year' });
    expect(changed?.labor).toEqual({ annualOpenings: 120, employment: 4200 });
    // The same figures again: what they are and where they came from stays.
    const same = merged(mergeIntoMap(map, imported(['id,title,wage,wageUnit,employment', 'cna,Nursing Assistant,32400,year,4000']).map, 'id'));
    expect(same.map.occupations[0]).toEqual(map.occupations[0]);
    expect(same.summary.occupations.unchanged).toBe(1);
  });

  it('an occupation without a SOC code is added when matching by SOC code', () => {
    const sheets = imported(['id,title', 'rn,Registered Nurse']);
    const result = merged(mergeIntoMap(openMap(), sheets.map, 'socCode'));
    expect(result.map.occupations.map((o) => o.id)).toEqual(['cna', 'rn', 'rn-2']);
  });

  it('never changes the open map it was given', () => {
    const map = openMap();
    const before = structuredClone(map);
    mergeIntoMap(map, imported(['id,title,wageMin,wageUnit', 'cna,X,1,hour', 'new,New,2,hour'], ['from,to', 'new,cna']).map, 'id');
    expect(map).toEqual(before);
  });
});

describe('mergeIntoMap: step cards and levels', () => {
  const termMap = () =>
    buildMap({
      schemaVersion: 2,
      levels: [
        { id: 't1', label: 'Term 1' },
        { id: 't2', label: 'Term 2' },
      ],
      occupations: [
        { id: 'nclex', title: 'A job whose id the sheet’s card also uses', level: 't1' },
        { id: 'rn', title: 'Registered Nurse', level: 't2' },
      ],
      steps: [{ id: 'bsn', kind: 'credential', title: 'BSN', credentialType: 'degree', issuer: 'Kept' }],
    });

  it('adds step cards (an id in use gets another, and links follow it), updates one by id, and brings their moves', () => {
    const sheets = imported(
      ['id,kind,title,credentialType,level,toGetIn', 'nclex,credential,NCLEX-RN,license,Term 2,credential: @bsn', 'bsn,credential,BSN,degree,term 1,', 'rn,,Registered Nurse,,,'],
      ['from,to,requirements', 'nclex,rn,license: @nclex'],
    );
    const result = merged(mergeIntoMap(termMap(), sheets.map, 'id'));
    expect(result.summary.steps).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect(result.map.levels.map((level) => level.id)).toEqual(['t1', 't2']);
    expect(result.map.steps).toEqual([
      { id: 'bsn', kind: 'credential', title: 'BSN', credentialType: 'degree', issuer: 'Kept', level: 't1' },
      { id: 'nclex-2', kind: 'credential', title: 'NCLEX-RN', credentialType: 'license', level: 't2', toGetIn: { type: 'all', of: [{ type: 'credential', cardId: 'bsn' }] } },
    ]);
    expect(result.map.transitions).toEqual([
      { id: 'nclex-to-rn', from: 'nclex-2', to: 'rn', requirements: { type: 'all', of: [{ type: 'license', cardId: 'nclex-2' }] } },
    ]);
  });

  it('adds a level the open map lacks after its own, and never turns a v1 sheet’s "entry" into a term', () => {
    const result = merged(mergeIntoMap(termMap(), imported(['title,level', 'Aide,entry', 'Nurse,Term 2']).map, 'id'));
    expect(result.map.levels).toEqual([
      { id: 't1', label: 'Term 1' },
      { id: 't2', label: 'Term 2' },
      { id: 'entry', label: 'Entry level' },
    ]);
    expect(result.map.occupations.slice(2).map((card) => [card.title, card.level])).toEqual([
      ['Aide', 'entry'],
      ['Nurse', 't2'],
    ]);
  });

  it('reports a card whose id is another kind of card on the open map', () => {
    const sheets = imported(['id,kind,title,programType', 'bsn,program,BSN program,training']);
    expect(issuesOf(mergeImport(termMap(), sheets, 'id'))).toEqual([
      'occupations: Row 2, kind: the open map\'s card "bsn" is a credential, not a program',
    ]);
  });
});

describe('mergeImport: merge problems on their rows', () => {
  it('reports a SOC code shared by several occupations on the open map, and two rows for one occupation', () => {
    const open = buildMap({
      occupations: [
        { id: 'rn', title: 'Registered Nurse', socCode: '29-1141.00' },
        { id: 'rn-2', title: 'RN (night)', socCode: '29-1141' },
        { id: 'cna', title: 'CNA', socCode: '31-1131' },
      ],
    });
    const sheets = imported(['title,socCode', 'Nurse,29-1141', 'Aide,31-1131.00', 'Aide again,31-1131']);
    expect(issuesOf(mergeImport(open, sheets, 'socCode'))).toEqual([
      'occupations: Row 2, socCode: matches 2 occupations on the open map ("Registered Nurse", "RN (night)"); match by id instead',
      'occupations: Row 4, socCode: matches "CNA" on the open map, as an earlier row does; one row per occupation',
    ]);
  });

  it('reports a merged wage range that runs backwards on the row and column that caused it', () => {
    const sheets = imported(['id,title,wageMin,wageUnit', 'new,New,5,hour', 'cna,Nursing Assistant,30,hour']);
    expect(issuesOf(mergeImport(openMap(), sheets, 'id'))).toEqual([
      'occupations: Row 3, wageMin: is more than the amount (30 > 19); a wage range runs min ≤ amount ≤ max',
    ]);
  });
});
