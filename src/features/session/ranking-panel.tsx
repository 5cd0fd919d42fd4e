import { criticalRanking } from '../../domain/session/tallies';
import type { PathwayMap } from '../../domain/schema/map';
import { useSessionStore } from './session-store';

const votesText = (votes: number) => (votes === 1 ? '1 vote' : `${votes} votes`);

/**
 * The occupations named critical, most votes first, grouped by occupational grouping (the agenda's
 * "group by category" step). Choosing one selects its card, to talk about it next.
 */
export function RankingPanel({ map }: { map: PathwayMap }) {
  const ranking = criticalRanking(map);
  const setTarget = useSessionStore((state) => state.setTarget);
  return (
    <section className="session-section" aria-labelledby="session-ranking-title">
      <h2 id="session-ranking-title">Critical occupations by group</h2>
      {ranking.length === 0 ? (
        <p className="session-hint">No votes yet. Select a card and press V to vote it critical.</p>
      ) : (
        ranking.map((group) => (
          <section key={group.groupId ?? 'none'} className="session-ranking__group" aria-label={group.label}>
            <h3>
              {group.label} <span className="session-ranking__total">· {votesText(group.totalVotes)}</span>
            </h3>
            <ol className="session-ranking__list">
              {group.occupations.map((occupation) => (
                <li key={occupation.occupationId}>
                  <button type="button" className="link-button" onClick={() => setTarget({ kind: 'occupation', id: occupation.occupationId })}>
                    {occupation.title}
                  </button>{' '}
                  <span className="session-ranking__votes">
                    {votesText(occupation.votes)}: {occupation.organizations.join(', ')}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
    </section>
  );
}
