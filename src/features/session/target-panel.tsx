import { actionById, ariaKeys } from '../../components/actions/action';
import { criticalVotesOf, MAX_CRITICAL_VOTES } from '../../domain/session/votes';
import type { PathwayMap } from '../../domain/schema/map';
import { SESSION_ACTIONS } from './session-actions';
import type { SessionTally } from './session-elements';
import { useSessionStore, WHOLE_MAP, type SessionTarget } from './session-store';
import { voteForTarget, withdrawVoteForTarget } from './session-votes';
import { targetName } from './target-name';

// Their names and keys are the session's actions' (shown only where they apply).
const VOTE = actionById(SESSION_ACTIONS, 'vote');
const WHOLE_MAP_ACTION = actionById(SESSION_ACTIONS, 'whole-map');

/**
 * What the room is talking about (the selected card or arrow, or the whole map) and, for a card,
 * the critical vote of the organization speaking.
 */
export function TargetPanel({
  map,
  target,
  speaking,
  tallies,
}: {
  map: PathwayMap;
  target: SessionTarget;
  speaking: string | undefined;
  tallies: ReadonlyMap<string, SessionTally>;
}) {
  const setTarget = useSessionStore((state) => state.setTarget);
  const tally = target.kind === 'occupation' ? tallies.get(target.id) : undefined;
  const votes = speaking ? criticalVotesOf(map, speaking) : [];
  const hasVoted = target.kind === 'occupation' && votes.includes(target.id);
  return (
    <section className="session-section session-target" aria-labelledby="session-target-title">
      <h2 id="session-target-title">
        <span className="session-target__label">About: </span>
        {targetName(map, target)}
      </h2>
      <p className="session-hint">
        {target.kind === 'map'
          ? 'Click a card or an arrow on the map to talk about it.'
          : target.kind === 'occupation'
            ? tally && tally.votes > 0
              ? `Critical for ${tally.organizations.join(', ')}.`
              : 'No critical votes yet.'
            : target.kind === 'step'
              ? 'A step between jobs: remark on it or suggest a change; critical votes are for occupations.'
              : 'A move between two cards.'}
      </p>
      <div className="toolbar">
        {target.kind === 'occupation' && (
          <button type="button" onClick={() => voteForTarget(map.id)} aria-keyshortcuts={ariaKeys(VOTE)}>
            {VOTE.label}
          </button>
        )}
        {hasVoted && speaking && target.kind === 'occupation' && (
          <button type="button" onClick={() => withdrawVoteForTarget(map.id, speaking, target.id)}>
            Withdraw vote
          </button>
        )}
        {target.kind !== 'map' && (
          <button type="button" onClick={() => setTarget(WHOLE_MAP)} aria-keyshortcuts={ariaKeys(WHOLE_MAP_ACTION)}>
            {WHOLE_MAP_ACTION.label}
          </button>
        )}
      </div>
      {speaking && (
        <p className="session-hint">
          {speaking}: {votes.length} of {MAX_CRITICAL_VOTES} critical votes used.
        </p>
      )}
    </section>
  );
}
