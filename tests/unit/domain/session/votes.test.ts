import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { removeElements } from '../../../../src/domain/commands/remove';
import { castCriticalVote, criticalVotesOf, MAX_CRITICAL_VOTES, withdrawCriticalVote } from '../../../../src/domain/session/votes';
import { healthcare, NOW, okMap, reasonOf, stillValid } from './session-fixture';

const FIVE = ['cna', 'lpn', 'rn', 'emt', 'paramedic'];

function votesFor(organization: string, occupationIds: readonly string[]) {
  return occupationIds.reduce(
    (map, occupationId) => okMap(castCriticalVote(map, { organization, occupationId }, NOW)),
    healthcare(),
  );
}

describe('critical votes', () => {
  it('records a vote as feedback attributed to the organization and, when given, the person', () => {
    const before = healthcare();
    const after = okMap(castCriticalVote(before, { organization: ' Baystate Health', author: ' Dana Ruiz ', occupationId: 'rn' }, NOW));
    expect(after.feedback).toEqual([
      {
        id: 'fb-critical-vote',
        targetId: 'rn',
        organization: 'Baystate Health',
        author: 'Dana Ruiz',
        kind: 'critical-vote',
        createdAt: NOW,
        status: 'open',
        titlesAtTime: [{ id: 'rn', title: 'Registered Nurse (RN)' }],
      },
    ]);
    expect(before.feedback).toEqual([]);
    expect(criticalVotesOf(after, 'BAYSTATE HEALTH')).toEqual(['rn']);
    expect(stillValid(after)).toBe(true);
  });

  it('allows five votes per organization and refuses a sixth, naming the organization and the limit', () => {
    expect(MAX_CRITICAL_VOTES).toBe(5);
    const map = votesFor('Baystate Health', FIVE);
    expect(criticalVotesOf(map, 'Baystate Health')).toEqual(FIVE);
    const reason = reasonOf(castCriticalVote(map, { organization: 'baystate health', occupationId: 'phlebotomist' }, NOW));
    expect(reason).toBe(
      'Baystate Health has already marked 5 critical occupations, the most one organization can mark. ' +
        'Withdraw one of its votes first to vote for “Phlebotomist”.',
    );
  });

  it('counts the limit per organization: another organization can still vote', () => {
    const map = votesFor('Baystate Health', FIVE);
    const after = okMap(castCriticalVote(map, { organization: 'Mercy Medical Center', occupationId: 'phlebotomist' }, NOW));
    expect(criticalVotesOf(after, 'Mercy Medical Center')).toEqual(['phlebotomist']);
  });

  it('lets an organization vote again once it has withdrawn one of its five', () => {
    const full = votesFor('Baystate Health', FIVE);
    const withdrawn = withdrawCriticalVote(full, 'BAYSTATE HEALTH', 'emt');
    expect(criticalVotesOf(withdrawn, 'Baystate Health')).toEqual(['cna', 'lpn', 'rn', 'paramedic']);
    const after = okMap(castCriticalVote(withdrawn, { organization: 'Baystate Health', occupationId: 'phlebotomist' }, NOW));
    expect(criticalVotesOf(after, 'Baystate Health')).toEqual(['cna', 'lpn', 'rn', 'paramedic', 'phlebotomist']);
  });

  it('refuses a second vote for the same occupation, and an occupation that is not on the map', () => {
    const map = votesFor('Baystate Health', ['rn']);
    expect(reasonOf(castCriticalVote(map, { organization: 'baystate health ', occupationId: 'rn' }, NOW))).toBe(
      'Baystate Health has already marked “Registered Nurse (RN)” as critical.',
    );
    expect(reasonOf(castCriticalVote(map, { organization: 'Baystate Health', occupationId: 'cna-to-lpn' }, NOW))).toBe(
      'That occupation is not on this map.',
    );
    expect(reasonOf(castCriticalVote(map, { organization: '  ', occupationId: 'lpn' }, NOW))).toBe(
      'Choose the organization that is voting.',
    );
  });

  it('returns the same map when there is no such vote to withdraw', () => {
    const map = votesFor('Baystate Health', ['rn']);
    expect(withdrawCriticalVote(map, 'Baystate Health', 'lpn')).toBe(map);
    expect(withdrawCriticalVote(map, 'Mercy Medical Center', 'rn')).toBe(map);
  });

  it('stops counting a vote for an occupation removed from the map, freeing a place', () => {
    const full = votesFor('Baystate Health', FIVE);
    const removed = applyCommand(full, (draft) => removeElements(draft, ['emt'])).map;
    expect(criticalVotesOf(removed, 'Baystate Health')).toEqual(['cna', 'lpn', 'rn', 'paramedic']);
    expect(castCriticalVote(removed, { organization: 'Baystate Health', occupationId: 'phlebotomist' }, NOW).ok).toBe(true);
  });

  it('never lets an organization end with more than five votes, whatever it casts and withdraws', () => {
    const base = healthcare();
    const ids = base.occupations.map((occupation) => occupation.id);
    const organizations = ['Baystate Health', 'baystate health', 'Mercy', ' MERCY '];
    const step = fc.record({
      cast: fc.boolean(),
      organization: fc.constantFrom(...organizations),
      occupationId: fc.constantFrom(...ids),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let map = base;
        for (const { cast, organization, occupationId } of steps) {
          if (cast) {
            const result = castCriticalVote(map, { organization, occupationId }, NOW);
            if (result.ok) map = result.map;
          } else {
            map = withdrawCriticalVote(map, organization, occupationId);
          }
        }
        for (const organization of organizations) {
          expect(criticalVotesOf(map, organization).length).toBeLessThanOrEqual(MAX_CRITICAL_VOTES);
        }
        const votes = map.feedback.filter((item) => item.kind === 'critical-vote');
        expect(votes.length).toBeLessThanOrEqual(2 * MAX_CRITICAL_VOTES);
      }),
    );
  });
});
