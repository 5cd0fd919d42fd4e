import { describe, expect, it } from 'vitest';
import { addOrganization, organizationsPresent } from '../../../../src/domain/session/organizations';
import { castCriticalVote } from '../../../../src/domain/session/votes';
import { healthcare, NOW, okMap, reasonOf, stillValid } from './session-fixture';

describe('organizations present at a session', () => {
  it('lists an organization as soon as the facilitator adds it, before it has said anything', () => {
    const before = healthcare();
    const after = okMap(addOrganization(before, '  Baystate Health ', NOW));
    expect(organizationsPresent(after)).toEqual(['Baystate Health']);
    expect(after.feedback).toEqual([
      { id: 'fb-attendance', organization: 'Baystate Health', kind: 'attendance', createdAt: NOW, status: 'open' },
    ]);
    expect(before.feedback).toEqual([]);
    expect(stillValid(after)).toBe(true);
  });

  it('lists organizations in the order they were first seen, from attendance and anything else they said', () => {
    let map = okMap(addOrganization(healthcare(), 'Baystate Health', NOW));
    map = okMap(castCriticalVote(map, { organization: 'Mercy Medical Center', occupationId: 'rn' }, NOW));
    map = okMap(addOrganization(map, 'Holyoke Medical Center', NOW));
    map = okMap(castCriticalVote(map, { organization: 'baystate health', occupationId: 'lpn' }, NOW));
    expect(organizationsPresent(map)).toEqual(['Baystate Health', 'Mercy Medical Center', 'Holyoke Medical Center']);
    expect(new Set(map.feedback.map((item) => item.id)).size).toBe(map.feedback.length);
  });

  it('refuses an empty name and one already present, whatever its case or spacing', () => {
    const map = okMap(addOrganization(healthcare(), 'Baystate Health', NOW));
    expect(reasonOf(addOrganization(map, '   ', NOW))).toBe('Type the name of the organization.');
    expect(reasonOf(addOrganization(map, ' BAYSTATE health', NOW))).toBe(
      '“Baystate Health” is already on the list of organizations.',
    );
  });

  it('gives a second attendance its own id', () => {
    let map = okMap(addOrganization(healthcare(), 'A', NOW));
    map = okMap(addOrganization(map, 'B', NOW));
    expect(map.feedback.map((item) => item.id)).toEqual(['fb-attendance', 'fb-attendance-2']);
  });
});
