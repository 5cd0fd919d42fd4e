import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { removeElements } from '../../../../src/domain/commands/remove';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { criticalRanking, criticalTallies } from '../../../../src/domain/session/tallies';
import { castCriticalVote } from '../../../../src/domain/session/votes';
import { buildMap } from '../../../support/build-map';
import { healthcare, NOW, okMap } from './session-fixture';

function withVotes(map: PathwayMap, votes: Record<string, readonly string[]>): PathwayMap {
  let result = map;
  for (const [organization, occupationIds] of Object.entries(votes)) {
    for (const occupationId of occupationIds) result = okMap(castCriticalVote(result, { organization, occupationId }, NOW));
  }
  return result;
}

describe('critical tallies', () => {
  it('counts the organizations that marked each occupation, and names them in the order they voted', () => {
    const map = withVotes(healthcare(), { Baystate: ['rn', 'cna'], Mercy: ['rn'], Holyoke: ['rn', 'emt'] });
    const tallies = criticalTallies(map);
    expect(tallies.get('rn')).toEqual({ votes: 3, organizations: ['Baystate', 'Mercy', 'Holyoke'] });
    expect(tallies.get('cna')).toEqual({ votes: 1, organizations: ['Baystate'] });
    expect(tallies.get('emt')).toEqual({ votes: 1, organizations: ['Holyoke'] });
    expect(tallies.has('lpn')).toBe(false);
    expect(tallies.size).toBe(3);
  });

  it('leaves out occupations removed from the map since the vote', () => {
    const map = applyCommand(withVotes(healthcare(), { Baystate: ['rn', 'cna'] }), (draft) => removeElements(draft, ['rn'])).map;
    expect([...criticalTallies(map).keys()]).toEqual(['cna']);
    expect(criticalRanking(map).flatMap((group) => group.occupations.map((o) => o.occupationId))).toEqual(['cna']);
  });

  it('counts an organization once even when a hand-edited file repeats its vote in another case', () => {
    const map = buildMap({
      occupations: [{ id: 'a', title: 'A' }],
      feedback: [
        { id: 'v1', targetId: 'a', organization: 'Baystate', kind: 'critical-vote', createdAt: NOW, status: 'open' },
        { id: 'v2', targetId: 'a', organization: 'BAYSTATE ', kind: 'critical-vote', createdAt: NOW, status: 'open' },
      ],
    });
    expect(criticalTallies(map).get('a')).toEqual({ votes: 1, organizations: ['Baystate'] });
  });
});

describe('the critical ranking', () => {
  it('groups by occupational grouping, most votes first, occupations by votes then title, unvoted left out', () => {
    const map = withVotes(healthcare(), {
      Baystate: ['rn', 'cna', 'emt', 'phlebotomist'],
      Mercy: ['rn', 'paramedic', 'emt', 'lab-technician'],
      Holyoke: ['lpn', 'rn', 'lab-technologist'],
      Cooley: ['lab-technician', 'emt'],
    });
    const ranking = criticalRanking(map);
    // Ties between groups go by label: Emergency… before Laboratory.
    expect(ranking.map((group) => [group.label, group.totalVotes])).toEqual([
      ['Nursing and direct care', 5],
      ['Emergency medical services', 4],
      ['Laboratory', 4],
    ]);
    expect(ranking[0]).toEqual({
      groupId: 'nursing-direct-care',
      label: 'Nursing and direct care',
      totalVotes: 5,
      occupations: [
        { occupationId: 'rn', title: 'Registered Nurse (RN)', votes: 3, organizations: ['Baystate', 'Mercy', 'Holyoke'] },
        { occupationId: 'lpn', title: 'Licensed Practical Nurse (LPN)', votes: 1, organizations: ['Holyoke'] },
        { occupationId: 'cna', title: 'Nursing Assistant (CNA)', votes: 1, organizations: ['Baystate'] },
      ],
    });
    expect(ranking[2]?.occupations.map((o) => [o.title, o.votes])).toEqual([
      ['Medical and Clinical Laboratory Technician', 2],
      ['Medical and Clinical Laboratory Technologist', 1],
      ['Phlebotomist', 1],
    ]);
    expect(ranking.some((group) => group.label === 'Behavioral health' || group.label === 'Clinical support')).toBe(false);
  });

  it('puts occupations in no group under "Not in a group"', () => {
    const map = withVotes(
      buildMap({
        groups: [{ id: 'g', label: 'Green' }],
        occupations: [
          { id: 'a', title: 'Alpha', groupId: 'g' },
          { id: 'b', title: 'Beta' },
          { id: 'c', title: 'Gamma' },
        ],
      }),
      { One: ['b', 'c', 'a'], Two: ['c'] },
    );
    expect(criticalRanking(map)).toEqual([
      {
        groupId: undefined,
        label: 'Not in a group',
        totalVotes: 3,
        occupations: [
          { occupationId: 'c', title: 'Gamma', votes: 2, organizations: ['One', 'Two'] },
          { occupationId: 'b', title: 'Beta', votes: 1, organizations: ['One'] },
        ],
      },
      { groupId: 'g', label: 'Green', totalVotes: 1, occupations: [{ occupationId: 'a', title: 'Alpha', votes: 1, organizations: ['One'] }] },
    ]);
  });

  it('is empty before anyone votes', () => {
    expect(criticalRanking(healthcare())).toEqual([]);
  });
});
