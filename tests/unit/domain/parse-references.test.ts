import { describe, expect, it } from 'vitest';
import { errorsOf, parseData, sampleMap, warningsOf } from './helpers';

describe('parseMap: ids', () => {
  it('gives a missing id a readable one, with a warning', () => {
    const data = sampleMap();
    data.occupations.push({ title: 'Medical Assistant' });
    data.transitions.push({ from: 'cna', to: 'rn' });
    const result = parseData(data);
    expect(warningsOf(result)).toEqual([
      'occupations[3].id: was missing; gave it the id "medical-assistant"',
      'transitions[2].id: was missing; gave it the id "cna-to-rn"',
    ]);
    expect(result.ok && result.map.occupations[3]?.id).toBe('medical-assistant');
  });

  it('never gives out an id that is already taken', () => {
    const data = sampleMap();
    data.occupations.push({ id: 'nurse', title: 'Head nurse' }, { title: 'Nurse' }, { title: 'Nurse' });
    const result = parseData(data);
    expect(result.ok && result.map.occupations.slice(3).map((o) => o.id)).toEqual(['nurse', 'nurse-2', 'nurse-3']);
  });

  it('gives a map without an id a stable one', () => {
    const data = sampleMap();
    delete data.id;
    const first = parseData(data);
    expect(warningsOf(first)).toEqual([expect.stringMatching(/^id: the map had no id; gave it the id "map-[0-9a-f]{8}"$/)]);
    const again = parseData(data);
    expect(first.ok && again.ok && first.map.id === again.map.id).toBe(true);
  });

  it('refuses an occupation and a transition sharing an id', () => {
    const data = sampleMap();
    data.transitions[1] = { ...data.transitions[1], id: 'rn' };
    expect(errorsOf(parseData(data))).toEqual([
      'transitions[1].id: "rn" is already used by occupations[2]; ids must be unique across occupations, steps and transitions',
    ]);
  });

  it('refuses two occupations with one id', () => {
    const data = sampleMap();
    data.occupations[2] = { ...data.occupations[2], id: 'cna' };
    data.transitions = [];
    expect(errorsOf(parseData(data))).toEqual([
      'occupations[2].id: "cna" is already used by occupations[0]; ids must be unique across occupations, steps and transitions',
    ]);
  });

  it('refuses repeated ids within groups, hiring events, feedback and sources', () => {
    const data = sampleMap();
    data.groups = [{ id: 'nursing', label: 'A' }, { id: 'nursing', label: 'B' }];
    data.hiringEvents = [
      { id: 'h', date: '2024-03-01', employer: 'Baystate', kind: 'expansion' },
      { id: 'h', date: '2024-04-01', employer: 'Mercy', kind: 'layoff' },
    ];
    data.feedback = [
      { id: 'f', organization: 'Baystate', kind: 'comment', createdAt: '2024-05-01', status: 'open' },
      { id: 'f', organization: 'Mercy', kind: 'comment', createdAt: '2024-05-01', status: 'open' },
    ];
    data.sources = [{ id: 'oews', label: 'OEWS' }, { id: 'oews', label: 'Projections' }];
    expect(errorsOf(parseData(data))).toEqual([
      'groups[1].id: "nursing" is already used by groups[0]; ids must be unique within groups',
      'hiringEvents[1].id: "h" is already used by hiringEvents[0]; ids must be unique within hiringEvents',
      'feedback[1].id: "f" is already used by feedback[0]; ids must be unique within feedback',
      'sources[1].id: "oews" is already used by sources[0]; ids must be unique within sources',
    ]);
  });

  it('allows a group to share an id with an occupation (different namespaces)', () => {
    const data = sampleMap();
    data.groups = [{ id: 'cna', label: 'CNA lane' }];
    data.occupations = data.occupations.map((o) => ({ ...o, groupId: 'cna' }));
    expect(warningsOf(parseData(data))).toEqual([]);
  });
});

describe('parseMap: transitions', () => {
  it('refuses moves to or from occupations that are not on the map', () => {
    const data = sampleMap();
    data.transitions.push({ id: 't3', from: 'ghost', to: 'rn' }, { id: 't4', from: 'cna', to: 'np' });
    expect(errorsOf(parseData(data))).toEqual([
      'transitions[2].from: names the card "ghost", which isn\'t on this map',
      'transitions[3].to: names the card "np", which isn\'t on this map',
    ]);
  });

  it('refuses a move from an occupation to itself', () => {
    const data = sampleMap();
    data.transitions.push({ id: 'loop', from: 'lpn', to: 'lpn' });
    expect(errorsOf(parseData(data))).toEqual([
      'transitions[2].to: is the same as from ("lpn"); a move must go to a different card',
    ]);
  });

  it('refuses a second move between the same two occupations in the same direction', () => {
    const data = sampleMap();
    data.transitions.push({ id: 'again', from: 'cna', to: 'lpn', kind: 'lateral' });
    expect(errorsOf(parseData(data))).toEqual([
      'transitions[2]: is a second move from "cna" to "lpn" (transitions[0] is the first); keep only one',
    ]);
  });

  it('allows the move back the other way', () => {
    const data = sampleMap();
    data.transitions.push({ id: 'back', from: 'lpn', to: 'cna', kind: 'lateral' });
    expect(warningsOf(parseData(data))).toEqual([]);
  });
});

describe('parseMap: references', () => {
  it('refuses an occupation in a group that does not exist', () => {
    const data = sampleMap();
    data.occupations[1] = { ...data.occupations[1], groupId: 'surgery' };
    expect(errorsOf(parseData(data))).toEqual(['occupations[1].groupId: names the group "surgery", which isn\'t in groups']);
  });

  it('warns, but opens the map, when a source, feedback target or hiring-event occupation is missing', () => {
    const data = sampleMap();
    data.occupations[0] = { ...data.occupations[0], wage: { amount: 19, unit: 'hour', sourceId: 'acs' }, labor: { annualOpenings: 10, sourceId: 'cps' } };
    data.feedback = [
      { id: 'f1', targetId: 'cna-lpn', organization: 'Baystate', kind: 'validated', createdAt: '2024-05-01', status: 'open' },
      { id: 'f2', targetId: 'surgeon', organization: 'Mercy', kind: 'comment', createdAt: '2024-05-01T10:00:00Z', status: 'accepted' },
    ];
    data.hiringEvents = [{ id: 'h1', date: '2024-03-01', employer: 'Baystate', kind: 'expansion', occupationIds: ['cna', 'scribe'] }];
    expect(warningsOf(parseData(data))).toEqual([
      'occupations[0].wage.sourceId: names the source "acs", which isn\'t in sources',
      'occupations[0].labor.sourceId: names the source "cps", which isn\'t in sources',
      'feedback[1].targetId: names the card or transition "surgeon", which isn\'t on this map',
      'hiringEvents[0].occupationIds[1]: names the occupation "scribe", which isn\'t on this map',
    ]);
  });
});
