import { describe, expect, it } from 'vitest';
import { errorsOf, parseData, sampleMap, warningsOf } from './helpers';

/** The sample as a v2 file: its own levels, a CNA certificate step, and a move that requires it by id. */
type Items = Record<string, unknown>[];

function v2Map(): Record<string, unknown> & { occupations: Items; levels: Items; steps: Items; transitions: Items } {
  const data = sampleMap();
  return {
    ...data,
    schemaVersion: 2,
    levels: [
      { id: 'entry', label: 'Entry level' },
      { id: 'middle', label: 'Middle level' },
      { id: 'advanced', label: 'Advanced level' },
    ],
    steps: [
      { id: 'cna-cert', kind: 'credential', credentialType: 'certificate', title: 'CNA certificate', level: 'entry' },
      { id: 'pn-program', kind: 'program', programType: 'training', title: 'Practical nursing program', level: 'middle' },
    ],
    transitions: [
      { id: 'cert-cna', from: 'cna-cert', to: 'cna', kind: 'entry' },
      {
        id: 'cna-lpn',
        from: 'cna',
        to: 'lpn',
        kind: 'advancement',
        requirements: { type: 'all', of: [{ type: 'program', cardId: 'pn-program' }, { type: 'any', count: 1, of: [{ type: 'exam', text: 'NCLEX-PN' }, { type: 'license', text: 'LPN license' }] }] },
      },
      { id: 'lpn-rn', from: 'lpn', to: 'rn', kind: 'advancement' },
    ],
  };
}

describe('parseMap: format v2', () => {
  it('accepts a v2 map with steps, levels and a requirement tree, and a v1 map (migrated)', () => {
    const v2 = parseData(v2Map());
    expect(warningsOf(v2)).toEqual([]);
    expect(v2.ok && v2.map.steps.map((step) => step.id)).toEqual(['cna-cert', 'pn-program']);
    const v1 = parseData(sampleMap());
    expect(v1.ok && v1.map.schemaVersion).toBe(2);
    expect(v1.ok && v1.map.transitions[0]?.requirements).toEqual({ type: 'all', of: [{ type: 'other', text: 'LPN license' }] });
  });

  it('refuses a requirement that names no card, saying where', () => {
    const data = v2Map();
    data.transitions[1] = { ...data.transitions[1]!, requirements: { type: 'all', of: [{ type: 'exam', text: 'NCLEX-PN' }, { type: 'program', cardId: 'ghost' }] } };
    expect(errorsOf(parseData(data))).toEqual(['transitions[1].requirements.of[1].cardId: names the card "ghost", which isn\'t on this map']);
  });

  it('refuses a card whose level names no level, and a step in a group that is not there', () => {
    const data = v2Map();
    data.occupations[1] = { ...data.occupations[1], level: 'senior' };
    data.steps[0] = { ...data.steps[0]!, groupId: 'nope' };
    expect(errorsOf(parseData(data))).toEqual([
      'occupations[1].level: names the level "senior", which isn\'t in levels',
      'steps[0].groupId: names the group "nope", which isn\'t in groups',
    ]);
  });

  it('refuses two levels with one id, and a step sharing an id with an occupation', () => {
    const data = v2Map();
    data.levels.push({ id: 'middle', label: 'Middle again' });
    data.steps[1] = { ...data.steps[1]!, id: 'rn' };
    expect(errorsOf(parseData(data))).toEqual([
      'steps[1].id: "rn" is already used by occupations[2]; ids must be unique across occupations, steps and transitions',
      'levels[3].id: "middle" is already used by levels[1]; ids must be unique within levels',
      // The step that had the id is gone under its new one, so the move that names it names nothing.
      'transitions[1].requirements.of[0].cardId: names the card "pn-program", which isn\'t on this map',
    ]);
  });

  it('refuses a loop of requirements between cards, naming the item that closes it and the cards around it', () => {
    const data = v2Map();
    data.steps[0] = { ...data.steps[0]!, toGetIn: { type: 'all', of: [{ type: 'program', cardId: 'pn-program' }] } };
    data.steps[1] = { ...data.steps[1]!, toGetIn: { type: 'any', count: 1, of: [{ type: 'other', text: 'HS diploma' }, { type: 'credential', cardId: 'cna-cert' }] } };
    expect(errorsOf(parseData(data))).toEqual([
      'steps[1].toGetIn.of[1].cardId: makes a loop of requirements ("CNA certificate" → "Practical nursing program" → "CNA certificate"): each needs the next before it can start, so none ever can. Remove one link of the loop',
    ]);
  });

  it('lets moves join a step and an occupation, but never a card that is not there', () => {
    const data = v2Map();
    data.transitions.push({ id: 'x', from: 'cna-cert', to: 'nowhere', kind: 'entry' });
    expect(errorsOf(parseData(data))).toEqual(['transitions[3].to: names the card "nowhere", which isn\'t on this map']);
  });
});
