import { nameOf } from '../../domain/health/wording';
import { castCriticalVote, criticalVotesOf, MAX_CRITICAL_VOTES, withdrawCriticalVote } from '../../domain/session/votes';
import { selectMap, useAppStore } from '../../store/app-store';
import { nowIso, sessionChange } from './session-change';
import { useSessionStore } from './session-store';
import { liveTarget } from './target-name';

/** The organization speaking, if it is still on the map's list; otherwise it is asked for. */
function speakingOrSay(): string | undefined {
  const speaking = useSessionStore.getState().speaking;
  if (!speaking) useSessionStore.getState().say('problem', 'Choose the organization speaking first (click it, or press its number).');
  return speaking;
}

/** Votes the selected occupation critical for the organization speaking; a refusal says why. */
export function voteForTarget(mapId: string): void {
  const map = selectMap(mapId)(useAppStore.getState());
  const session = useSessionStore.getState();
  if (!map) return;
  const target = liveTarget(map, session.target);
  if (target.kind !== 'occupation') {
    session.say('problem', 'Select an occupation card first: votes are for occupations.');
    return;
  }
  const organization = speakingOrSay();
  if (!organization) return;
  const title = map.occupations.find((occupation) => occupation.id === target.id)?.title ?? '';
  const author = session.author.trim() || undefined;
  const voted = sessionChange(mapId, (current) =>
    castCriticalVote(current, { organization, author, occupationId: target.id }, nowIso()),
  );
  if (!voted) return;
  const used = criticalVotesOf(selectMap(mapId)(useAppStore.getState()) ?? map, organization).length;
  session.say('info', `${nameOf(organization)} marked “${nameOf(title)}” as critical (${used} of ${MAX_CRITICAL_VOTES}).`);
}

/** Takes back the speaking organization's vote for the selected occupation. */
export function withdrawVoteForTarget(mapId: string, organization: string, occupationId: string): void {
  sessionChange(
    mapId,
    (map) => {
      const next = withdrawCriticalVote(map, organization, occupationId);
      return next === map ? { ok: false, reason: `${nameOf(organization)} had not voted for it.` } : { ok: true, map: next };
    },
    `Withdrew ${nameOf(organization)}’s vote.`,
  );
}
