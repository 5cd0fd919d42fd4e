import { describe, expect, it } from 'vitest';
import { addRemark, REMARK_KINDS, REMARK_LABELS, remarksFor, removeRemark, type RemarkKind } from '../../../../src/domain/session/remarks';
import { FEEDBACK_KINDS } from '../../../../src/domain/schema/feedback';
import { castCriticalVote } from '../../../../src/domain/session/votes';
import { suggestChange } from '../../../../src/domain/session/suggestions';
import { healthcare, LATER, NOW, okMap, reasonOf, stillValid } from './session-fixture';

const EARLIER = '2026-11-23T09:00:00Z';

describe('remarks', () => {
  it('are kinds of feedback the map format knows, each with a label', () => {
    for (const kind of REMARK_KINDS) {
      expect(FEEDBACK_KINDS).toContain(kind);
      expect(REMARK_LABELS[kind]).toMatch(/^[A-Z]/);
    }
    expect(REMARK_LABELS['skill-gap']).toBe('Skill gap');
    expect(REMARK_LABELS.movement).toBe('How people move in and out');
  });

  it('records what an organization said on an occupation, attributed and trimmed', () => {
    const before = healthcare();
    const after = okMap(
      addRemark(before, { organization: 'Baystate Health', author: 'Dana', kind: 'skill-gap', targetId: 'cna', text: '  Charting in Epic \n' }, NOW),
    );
    expect(after.feedback).toEqual([
      { id: 'fb-skill-gap', targetId: 'cna', organization: 'Baystate Health', author: 'Dana', kind: 'skill-gap', text: 'Charting in Epic', createdAt: NOW, status: 'open',
        titlesAtTime: [{ id: 'cna', title: 'Nursing Assistant (CNA)' }] },
    ]);
    expect(before.feedback).toEqual([]);
    expect(stillValid(after)).toBe(true);
  });

  it('takes remarks on a move and on the whole map', () => {
    let map = okMap(addRemark(healthcare(), { organization: 'Mercy', kind: 'movement', targetId: 'cna-to-lpn', text: 'Tuition help for CNAs' }, NOW));
    map = okMap(addRemark(map, { organization: 'Mercy', kind: 'comment', text: 'Add home health aides' }, NOW));
    expect(remarksFor(map, 'cna-to-lpn').map((item) => item.text)).toEqual(['Tuition help for CNAs']);
    expect(remarksFor(map, undefined).map((item) => item.text)).toEqual(['Add home health aides']);
    expect(map.feedback[1]).not.toHaveProperty('targetId');
  });

  it('refuses empty text, an unknown target and a missing organization, with a reason', () => {
    const map = healthcare();
    expect(reasonOf(addRemark(map, { organization: 'Mercy', kind: 'comment', text: ' \n ' }, NOW))).toBe('Type what was said.');
    expect(reasonOf(addRemark(map, { organization: 'Mercy', kind: 'comment', targetId: 'nurse-practitioner', text: 'Add it' }, NOW))).toBe(
      'That occupation or move is not on this map.',
    );
    expect(reasonOf(addRemark(map, { organization: '', kind: 'comment', text: 'Hello' }, NOW))).toBe('Choose the organization that said it.');
    expect(reasonOf(addRemark(map, { organization: 'Mercy', kind: 'validated' as RemarkKind, text: 'Hello' }, NOW))).toBe(
      'Choose what kind of remark this is.',
    );
  });

  it('lists the remarks on a target newest first, without votes or suggested changes', () => {
    let map = okMap(addRemark(healthcare(), { organization: 'A', kind: 'why-critical', targetId: 'rn', text: 'first' }, EARLIER));
    map = okMap(addRemark(map, { organization: 'B', kind: 'skill-gap', targetId: 'rn', text: 'latest' }, LATER));
    map = okMap(addRemark(map, { organization: 'C', kind: 'comment', targetId: 'rn', text: 'middle' }, NOW));
    map = okMap(addRemark(map, { organization: 'D', kind: 'comment', targetId: 'rn', text: 'same moment, recorded later' }, NOW));
    map = okMap(addRemark(map, { organization: 'E', kind: 'comment', targetId: 'lpn', text: 'elsewhere' }, NOW));
    map = okMap(suggestChange(map, { organization: 'F', suggestion: { kind: 'set-field', targetId: 'rn', field: 'title', value: 'RN' } }, NOW));
    expect(remarksFor(map, 'rn').map((item) => item.text)).toEqual(['latest', 'same moment, recorded later', 'middle', 'first']);
  });

  it('removes a mistyped remark, and nothing else', () => {
    const map = okMap(addRemark(healthcare(), { organization: 'A', kind: 'comment', targetId: 'rn', text: 'typo' }, NOW));
    const removed = removeRemark(map, 'fb-comment');
    expect(removed.feedback).toEqual([]);
    expect(map.feedback).toHaveLength(1);
    expect(removeRemark(map, 'no-such-id')).toBe(map);
    const voted = okMap(castCriticalVote(map, { organization: 'A', occupationId: 'rn' }, NOW));
    expect(removeRemark(voted, 'fb-critical-vote')).toBe(voted);
  });

  it('covers every kind the room is asked about', () => {
    const kinds: RemarkKind[] = ['why-critical', 'skill-gap', 'movement', 'preferred-program', 'talent-source', 'recruitment', 'correction', 'comment'];
    expect([...REMARK_KINDS]).toEqual(kinds);
  });
});
