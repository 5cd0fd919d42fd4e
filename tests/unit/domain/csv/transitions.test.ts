import { describe, expect, it } from 'vitest';
import { importSheets, issuesOf, mapOf } from './helpers';

const OCCUPATIONS = ['id,title,socCode', 'cna,Nursing Assistant,31-1131.00', 'lpn,Licensed Practical Nurse,29-2061', 'rn,Registered Nurse,29-1141.00'];

describe('transitions sheet: ends by id, title or SOC code', () => {
  it('finds ends by id, by title without case, and by SOC code (29-1141 is 29-1141.00)', () => {
    const map = mapOf(
      importSheets(OCCUPATIONS, ['from,to,kind,requirements,typicalMonths,costUsd,viaApprenticeship', 'cna,licensed practical NURSE,Advancement,LPN license; NCLEX-PN,12,8500,no', '29-2061.00,29-1141,,,,,yes']),
    );
    expect(map.transitions).toEqual([
      {
        id: 'cna-to-lpn',
        from: 'cna',
        to: 'lpn',
        kind: 'advancement',
        // A v1 sheet's "A; B" is "all of" A and B.
        requirements: { type: 'all', of: [{ type: 'other', text: 'LPN license' }, { type: 'other', text: 'NCLEX-PN' }] },
        typicalMonths: 12,
        costUsd: 8500,
        viaApprenticeship: false,
      },
      { id: 'lpn-to-rn', from: 'lpn', to: 'rn', viaApprenticeship: true },
    ]);
  });

  it('an id wins over another occupation with that title', () => {
    const map = mapOf(importSheets(['id,title', 'a,b', 'b,Other'], ['from,to', 'b,a']));
    expect(map.transitions[0]).toMatchObject({ from: 'b', to: 'a' });
  });

  it('reports an end that fits several occupations, and one that fits none', () => {
    const occupations = ['id,title,socCode', 'rn,Registered Nurse,29-1141.00', 'rn-bsn,Registered Nurse,29-1141.00', 'lpn,LPN,29-2061'];
    expect(issuesOf(importSheets(occupations, ['from,to', 'lpn,Registered Nurse', 'LPN,29-1141', 'lpn,Surgeon']))).toEqual([
      'transitions: Row 2, to: "Registered Nurse" fits 2 cards (ids "rn", "rn-bsn"); write the id of the one you mean',
      'transitions: Row 3, to: "29-1141" fits 2 cards (ids "rn", "rn-bsn"); write the id of the one you mean',
      'transitions: Row 4, to: "Surgeon" isn\'t the id, title or SOC code of any card in the occupations sheet',
    ]);
  });

  it('reports a title that is one occupation\'s and a SOC code that is another\'s', () => {
    const occupations = ['id,title,socCode', 'a,29-1141,', 'b,Nurse,29-1141'];
    expect(issuesOf(importSheets(occupations, ['from,to', '29-1141,Nurse']))).toEqual([
      'transitions: Row 2, from: "29-1141" fits 2 cards (ids "a", "b"); write the id of the one you mean',
    ]);
  });

  it('makes ids from the ends, unused by occupations or other moves', () => {
    const map = mapOf(importSheets(['id,title', 'a,A', 'b,B', 'a-to-b,C'], ['id,from,to', ',a,b', 'b-to-a-x,b,a', ',b,a-to-b']));
    expect(map.transitions.map((move) => move.id)).toEqual(['a-to-b-2', 'b-to-a-x', 'b-to-a-to-b']);
  });

  it('reports a blank end, a move to itself and a repeated move on their rows', () => {
    expect(issuesOf(importSheets(OCCUPATIONS, ['from,to', 'cna,']))).toEqual(['transitions: Row 2, to: is required']);
    // parseMap checks ends and repeats once every value is well formed (errors come in rounds).
    expect(issuesOf(importSheets(OCCUPATIONS, ['from,to', ',', 'rn,rn', 'cna,lpn', 'Nursing Assistant,lpn']))).toEqual([
      'transitions: Row 3, to: is the same as from ("rn"); a move must go to a different card',
      'transitions: Row 5: is a second move from "cna" to "lpn" (row 4 of the transitions sheet is the first); keep only one',
    ]);
  });

  it('reports a transition id already used by an occupation', () => {
    expect(issuesOf(importSheets(OCCUPATIONS, ['id,from,to', 'rn,cna,lpn']))).toEqual([
      'transitions: Row 2, id: "rn" is already used by row 4 of the occupations sheet; ids must be unique across occupations, steps and transitions',
    ]);
  });
});
