import { nameOf } from '../health/wording';
import type { Feedback, PathwayMap } from '../schema/map';
import { organizationSpelling } from './organizations';
import { appendFeedback, optionalText, organizationKey } from './records';
import type { SessionResult } from './session-result';

/** How many occupations one organization may mark as critical. */
export const MAX_CRITICAL_VOTES = 5;

export type CriticalVote = { organization: string; author?: string | undefined; occupationId: string };

const isVoteBy = (key: string) => (item: Feedback) =>
  item.kind === 'critical-vote' && item.targetId !== undefined && organizationKey(item.organization) === key;

/**
 * The occupations this organization marked as critical, in the order it voted. A vote for an
 * occupation since removed from the map no longer counts (nor against the limit).
 */
export function criticalVotesOf(map: PathwayMap, organization: string): string[] {
  const onMap = new Set(map.occupations.map((occupation) => occupation.id));
  const voted = map.feedback.filter(isVoteBy(organizationKey(organization))).map((item) => item.targetId as string);
  return [...new Set(voted)].filter((id) => onMap.has(id));
}

/** Records that an organization finds an occupation critical, within the limit of five each. */
export function castCriticalVote(map: PathwayMap, vote: CriticalVote, now: string): SessionResult {
  const organization = organizationSpelling(map, vote.organization);
  if (organization === '') return { ok: false, reason: 'Choose the organization that is voting.' };
  const occupation = map.occupations.find((candidate) => candidate.id === vote.occupationId);
  if (occupation === undefined) return { ok: false, reason: 'That occupation is not on this map.' };
  const votes = criticalVotesOf(map, organization);
  const who = nameOf(organization);
  if (votes.includes(occupation.id)) {
    return { ok: false, reason: `${who} has already marked “${nameOf(occupation.title)}” as critical.` };
  }
  if (votes.length >= MAX_CRITICAL_VOTES) {
    return {
      ok: false,
      reason:
        `${who} has already marked ${MAX_CRITICAL_VOTES} critical occupations, the most one organization can mark. ` +
        `Withdraw one of its votes first to vote for “${nameOf(occupation.title)}”.`,
    };
  }
  const author = optionalText(vote.author);
  return {
    ok: true,
    map: appendFeedback(map, [
      { targetId: occupation.id, organization, author, kind: 'critical-vote', createdAt: now, status: 'open' },
    ]),
  };
}

/** Takes back an organization's vote for an occupation; the same map when there was none. */
export function withdrawCriticalVote(map: PathwayMap, organization: string, occupationId: string): PathwayMap {
  const isVote = isVoteBy(organizationKey(organization));
  const feedback = map.feedback.filter((item) => !(isVote(item) && item.targetId === occupationId));
  return feedback.length === map.feedback.length ? map : { ...map, feedback };
}
