import { describe, expect, it } from 'vitest';
import type { PathwayMap, Suggestion } from '../../../../src/domain/schema/map';
import {
  acceptSuggestion,
  describeSuggestion,
  dismissSuggestion,
  pendingSuggestions,
  suggestChange,
} from '../../../../src/domain/session/suggestions';
import { healthcare, LATER, NOW, okMap, reasonOf, stillValid } from './session-fixture';

function suggest(map: PathwayMap, suggestion: Suggestion, text?: string): PathwayMap {
  return okMap(suggestChange(map, { organization: 'Baystate Health', author: 'Dana', suggestion, text }, NOW));
}

const occupation = (map: PathwayMap, id: string) => map.occupations.find((item) => item.id === id);
const transition = (map: PathwayMap, id: string) => map.transitions.find((item) => item.id === id);

describe('suggesting a change', () => {
  it('records it as a pending correction, attributed, aimed at what it changes', () => {
    const before = healthcare();
    const map = suggest(before, { kind: 'add-transition', from: 'cna', to: 'rn' }, ' Bridge programs exist ');
    expect(map.feedback).toEqual([
      {
        id: 'fb-correction',
        targetId: 'cna',
        organization: 'Baystate Health',
        author: 'Dana',
        kind: 'correction',
        text: 'Bridge programs exist',
        suggestion: { kind: 'add-transition', from: 'cna', to: 'rn' },
        createdAt: NOW,
        status: 'open',
        titlesAtTime: [
          { id: 'cna', title: 'Nursing Assistant (CNA)' },
          { id: 'rn', title: 'Registered Nurse (RN)' },
        ],
      },
    ]);
    expect(map.transitions).toBe(before.transitions);
    expect(pendingSuggestions(map).map((item) => item.id)).toEqual(['fb-correction']);
    expect(stillValid(map)).toBe(true);
  });

  it('refuses a move that is already there, leads nowhere or to itself', () => {
    const map = healthcare();
    const refuse = (suggestion: Suggestion) => reasonOf(suggestChange(map, { organization: 'A', suggestion }, NOW));
    expect(refuse({ kind: 'add-transition', from: 'cna', to: 'lpn' })).toBe(
      'There is already a move from “Nursing Assistant (CNA)” to “Licensed Practical Nurse (LPN)”.',
    );
    expect(refuse({ kind: 'add-transition', from: 'cna', to: 'cna' })).toBe("“Nursing Assistant (CNA)” can't lead to itself.");
    expect(refuse({ kind: 'add-transition', from: 'cna', to: 'dentist' })).toBe('Both ends of a move must be cards on this map.');
    expect(refuse({ kind: 'add-transition', from: 'cna' })).toBe('Choose the card the move starts from and the one it leads to.');
    expect(refuse({ kind: 'remove-transition', transitionId: 'cna' })).toBe('Choose a move that is on this map.');
  });

  it('refuses a field it cannot change, a target of the wrong kind and a value of the wrong type', () => {
    const map = healthcare();
    const refuse = (suggestion: Suggestion) => reasonOf(suggestChange(map, { organization: 'A', suggestion }, NOW));
    expect(refuse({ kind: 'set-field', targetId: 'rn', field: 'id', value: 'x' })).toMatch(/^Choose a field that can be changed here: title, summary, /);
    expect(refuse({ kind: 'set-field', targetId: 'cna-to-lpn', field: 'wage.amount', value: 20 })).toBe(
      'Choose an occupation on this map to change its wage figure.',
    );
    expect(refuse({ kind: 'set-field', targetId: 'rn', field: 'costUsd', value: 20 })).toBe('Choose a move on this map to change its training cost.');
    expect(refuse({ kind: 'set-field', targetId: 'rn', field: 'wage.amount', value: '$40' })).toBe(
      'The wage figure must be a number of dollars, not "$40" (write it as 40).',
    );
    expect(refuse({ kind: 'set-field', targetId: 'rn', field: 'wage.amount', value: -1 })).toBe("The wage figure can't be negative (-1).");
    expect(refuse({ kind: 'set-field', targetId: 'rn', field: 'title', value: '  ' })).toBe("The title can't be empty.");
    expect(refuse({ kind: 'set-field', targetId: 'rn', field: 'education', value: 'phd' })).toMatch(/^The typical entry education must be one of "none", /);
    expect(refuse({ kind: 'set-field', targetId: 'cna-to-lpn', field: 'requirements', value: 'LPN license' })).toBe(
      'The requirements must be a list in [square brackets], not "LPN license".',
    );
    expect(refuse({ kind: 'set-field', targetId: 'cna-to-lpn', field: 'requirements', value: ['ok', 3] })).toBe(
      'The requirements (item 2) must be text in double quotes, not 3.',
    );
    expect(refuse({ kind: 'set-field', targetId: 'cna-to-lpn', field: 'typicalMonths', value: null })).toBe(
      'The typical time must be a number, not null.',
    );
  });

  it('needs the wage unit for an occupation with no wage yet, and refuses one that differs from its wages', () => {
    const map = healthcare();
    const refuse = (suggestion: Suggestion) => reasonOf(suggestChange(map, { organization: 'A', suggestion }, NOW));
    expect(refuse({ kind: 'set-field', targetId: 'medical-assistant', field: 'wage.amount', value: 21.5 })).toBe(
      'Medical Assistant has no wage yet: say whether the figure is per hour or per year.',
    );
    expect(refuse({ kind: 'set-field', targetId: 'rn', field: 'wage.amount', value: 45, unit: 'hour' })).toBe(
      'The wages of Registered Nurse (RN) are per year: give the figure per year.',
    );
  });

  it('keeps only what the suggestion needs, tidied', () => {
    const map = suggest(healthcare(), { kind: 'set-field', targetId: 'cna-to-lpn', field: 'requirements', value: [' LPN license ', ''], extra: 1 });
    expect(map.feedback[0]?.suggestion).toEqual({ kind: 'set-field', targetId: 'cna-to-lpn', field: 'requirements', value: ['LPN license'] });
    expect(map.feedback[0]?.targetId).toBe('cna-to-lpn');
  });
});

describe('accepting a suggestion', () => {
  it('adds the move and marks the suggestion accepted, in one new map', () => {
    const before = suggest(healthcare(), { kind: 'add-transition', from: 'cna', to: 'rn' });
    const after = okMap(acceptSuggestion(before, 'fb-correction', LATER));
    expect(after.transitions.find((t) => t.from === 'cna' && t.to === 'rn')).toEqual({ id: 'cna-to-rn', from: 'cna', to: 'rn', kind: 'advancement' });
    expect(after.feedback[0]).toMatchObject({ status: 'accepted', decidedAt: LATER });
    expect(pendingSuggestions(after)).toEqual([]);
    expect(before.feedback[0]?.status).toBe('open');
    expect(before.transitions).toHaveLength(11);
    expect(stillValid(after)).toBe(true);
  });

  it('removes a move', () => {
    const before = suggest(healthcare(), { kind: 'remove-transition', transitionId: 'cna-to-medical-assistant' });
    const after = okMap(acceptSuggestion(before, 'fb-correction', LATER));
    expect(transition(after, 'cna-to-medical-assistant')).toBeUndefined();
    expect(after.transitions).toHaveLength(10);
    expect(after.feedback[0]).toMatchObject({ status: 'accepted', decidedAt: LATER, targetId: 'cna-to-medical-assistant' });
    expect(stillValid(after)).toBe(true);
  });

  it('sets occupation fields, a wage figure in the occupation’s own unit, and move fields', () => {
    let map = suggest(healthcare(), { kind: 'set-field', targetId: 'rn', field: 'wage.amount', value: 85000 });
    map = suggest(map, { kind: 'set-field', targetId: 'medical-assistant', field: 'wage.amount', value: 21.5, unit: 'hour' });
    map = suggest(map, { kind: 'set-field', targetId: 'medical-assistant', field: 'title', value: ' Clinical Medical Assistant ' });
    map = suggest(map, { kind: 'set-field', targetId: 'cna', field: 'education', value: 'postsecondary-nondegree' });
    map = suggest(map, { kind: 'set-field', targetId: 'cna-to-lpn', field: 'requirements', value: ['LPN license', 'NCLEX-PN'] });
    map = suggest(map, { kind: 'set-field', targetId: 'cna-to-lpn', field: 'typicalMonths', value: 12 });
    map = suggest(map, { kind: 'set-field', targetId: 'cna-to-lpn', field: 'costUsd', value: 18000 });
    for (const item of pendingSuggestions(map)) map = okMap(acceptSuggestion(map, item.id, LATER));
    // A figure the room suggests is not the source's: the old statistic, year, area and source go.
    expect(occupation(map, 'rn')?.wage).toEqual({ amount: 85000, unit: 'year' });
    expect(occupation(map, 'medical-assistant')?.wage).toEqual({ amount: 21.5, unit: 'hour' });
    expect(occupation(map, 'medical-assistant')?.title).toBe('Clinical Medical Assistant');
    expect(occupation(map, 'cna')?.education).toBe('postsecondary-nondegree');
    expect(transition(map, 'cna-to-lpn')).toMatchObject({ typicalMonths: 12, costUsd: 18000 });
    // The suggested list becomes the texts of the move's "all of" group; the items naming the
    // sample's PN program and NCLEX-PN cards stay as they are.
    expect(transition(map, 'cna-to-lpn')?.requirements).toEqual({
      type: 'all',
      of: [
        { type: 'program', text: 'Approved practical nursing (PN) program', cardId: 'pn-program' },
        { type: 'license', text: 'Pass the NCLEX-PN exam', cardId: 'nclex-pn' },
        { type: 'other', text: 'LPN license' },
        { type: 'other', text: 'NCLEX-PN' },
      ],
    });
    expect(map.feedback.every((item) => item.status === 'accepted' && item.decidedAt === LATER)).toBe(true);
    expect(stillValid(map)).toBe(true);
  });

  it('refuses a wage that would run backwards, leaving the suggestion pending', () => {
    let map = suggest(healthcare(), { kind: 'set-field', targetId: 'medical-assistant', field: 'wage.max', value: 20, unit: 'hour' });
    map = okMap(acceptSuggestion(map, 'fb-correction', NOW));
    map = suggest(map, { kind: 'set-field', targetId: 'medical-assistant', field: 'wage.amount', value: 25 });
    expect(reasonOf(acceptSuggestion(map, 'fb-correction-2', LATER))).toBe(
      "This change can't be made: the wage figure of Medical Assistant is more than the max (25 > 20); a wage range runs min ≤ amount ≤ max.",
    );
    expect(pendingSuggestions(map).map((item) => item.id)).toEqual(['fb-correction-2']);
  });

  it('refuses a move that exists by now, and a change to what has been removed since', () => {
    let map = suggest(healthcare(), { kind: 'add-transition', from: 'cna', to: 'rn' });
    map = suggest(map, { kind: 'add-transition', from: 'cna', to: 'rn' });
    map = suggest(map, { kind: 'set-field', targetId: 'lpn-to-rn', field: 'costUsd', value: 5000 });
    map = suggest(map, { kind: 'remove-transition', transitionId: 'lpn-to-rn' });
    map = okMap(acceptSuggestion(map, 'fb-correction', NOW));
    expect(reasonOf(acceptSuggestion(map, 'fb-correction-2', NOW))).toBe(
      'There is already a move from “Nursing Assistant (CNA)” to “Registered Nurse (RN)”.',
    );
    map = okMap(acceptSuggestion(map, 'fb-correction-4', NOW));
    expect(reasonOf(acceptSuggestion(map, 'fb-correction-3', NOW))).toBe('That move is no longer on the map.');
  });

  it('refuses what is not a pending suggestion', () => {
    let map = suggest(healthcare(), { kind: 'add-transition', from: 'cna', to: 'rn' });
    map = dismissSuggestion(map, 'fb-correction', NOW);
    expect(reasonOf(acceptSuggestion(map, 'fb-correction', LATER))).toBe('That suggestion was already dismissed.');
    expect(reasonOf(acceptSuggestion(map, 'nothing', LATER))).toBe('That suggestion is no longer on the map.');
  });
});

describe('dismissing a suggestion', () => {
  it('keeps it with its decision and date, and changes nothing else', () => {
    const before = suggest(healthcare(), { kind: 'remove-transition', transitionId: 'lpn-to-rn' });
    const after = dismissSuggestion(before, 'fb-correction', LATER);
    expect(after.feedback[0]).toMatchObject({ status: 'dismissed', decidedAt: LATER, suggestion: { kind: 'remove-transition' } });
    expect(after.transitions).toBe(before.transitions);
    expect(pendingSuggestions(after)).toEqual([]);
    expect(before.feedback[0]?.status).toBe('open');
    expect(stillValid(after)).toBe(true);
  });

  it('returns the same map for a suggestion already decided or unknown', () => {
    const map = okMap(acceptSuggestion(suggest(healthcare(), { kind: 'add-transition', from: 'cna', to: 'rn' }), 'fb-correction', NOW));
    expect(dismissSuggestion(map, 'fb-correction', LATER)).toBe(map);
    expect(dismissSuggestion(map, 'nothing', LATER)).toBe(map);
  });
});

describe('describing a suggestion', () => {
  const map = healthcare();
  it('says the change in plain English', () => {
    expect(describeSuggestion(map, { kind: 'add-transition', from: 'cna', to: 'lpn' })).toBe(
      'Add a move from Nursing Assistant (CNA) to Licensed Practical Nurse (LPN)',
    );
    expect(describeSuggestion(map, { kind: 'remove-transition', transitionId: 'lpn-to-rn' })).toBe(
      'Remove the move from Licensed Practical Nurse (LPN) to Registered Nurse (RN)',
    );
    expect(describeSuggestion(map, { kind: 'set-field', targetId: 'medical-assistant', field: 'wage.amount', value: 21.5, unit: 'hour' })).toBe(
      'Set the wage figure of Medical Assistant to $21.50 an hour',
    );
    expect(describeSuggestion(map, { kind: 'set-field', targetId: 'rn', field: 'wage.max', value: 95000 })).toBe(
      'Set the high end of the wage range of Registered Nurse (RN) to $95,000 a year, clearing the wage’s statistic, year, area and source (the suggestion doesn’t state them)',
    );
    const rnWage = map.occupations.find((item) => item.id === 'rn')?.wage?.amount ?? 0;
    // The figure it has already: nothing about it changes, so nothing is cleared.
    expect(describeSuggestion(map, { kind: 'set-field', targetId: 'rn', field: 'wage.amount', value: rnWage })).not.toContain('clearing');
    expect(describeSuggestion(map, { kind: 'set-field', targetId: 'cna', field: 'education', value: 'high-school' })).toBe(
      'Set the typical entry education of Nursing Assistant (CNA) to a high school diploma',
    );
    expect(describeSuggestion(map, { kind: 'set-field', targetId: 'cna-to-lpn', field: 'typicalMonths', value: 18 })).toBe(
      'Set the typical time of the move from Nursing Assistant (CNA) to Licensed Practical Nurse (LPN) to 18 months',
    );
    expect(describeSuggestion(map, { kind: 'set-field', targetId: 'cna-to-lpn', field: 'costUsd', value: 1200 })).toBe(
      'Set the training cost of the move from Nursing Assistant (CNA) to Licensed Practical Nurse (LPN) to $1,200',
    );
    expect(describeSuggestion(map, { kind: 'set-field', targetId: 'cna-to-lpn', field: 'requirements', value: ['LPN license', 'CPR'] })).toBe(
      'Set the requirements of the move from Nursing Assistant (CNA) to Licensed Practical Nurse (LPN) to "LPN license", "CPR"',
    );
    expect(describeSuggestion(map, { kind: 'set-field', targetId: 'rn', field: 'title', value: 'RN' })).toBe(
      'Set the title of Registered Nurse (RN) to "RN"',
    );
  });

  it('still reads when what it names has gone from the map', () => {
    expect(describeSuggestion(map, { kind: 'add-transition', from: 'cna', to: 'dentist' })).toBe(
      'Add a move from Nursing Assistant (CNA) to "dentist" (not on the map)',
    );
    expect(describeSuggestion(map, { kind: 'remove-transition', transitionId: 'gone' })).toBe('Remove the move "gone" (not on the map)');
  });
});
