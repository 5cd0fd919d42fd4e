import { Link } from 'react-router';
import { dateLabel } from '../../domain/session/dates';
import { organizationsPresent } from '../../domain/session/organizations';
import { REMARK_KINDS, REMARK_LABELS, type RemarkKind } from '../../domain/session/remarks';
import { attribution, remarkSections, STATUS_LABELS } from '../../domain/session/summary-remarks';
import { describeSuggestion } from '../../domain/session/suggestions';
import { criticalRanking } from '../../domain/session/tallies';
import type { PathwayMap } from '../../domain/schema/map';
import { ValidationBadge } from '../../components/validation-badge';
import { SummaryDownloads } from './summary-panel';
import { localDay } from '../../domain/local-day';
import './session-print.css';

const OTHER_KINDS: readonly RemarkKind[] = REMARK_KINDS.filter((kind) => kind !== 'skill-gap');

/**
 * The session summary as a page to read and print (?view=summary), in the order of the Markdown
 * export: organizations present, validation, the critical ranking by group, skill gaps by
 * occupation, the other remarks, the suggested changes and what became of them. Map text is text.
 */
export function SessionSummaryPage({ map }: { map: PathwayMap }) {
  const organizations = organizationsPresent(map);
  const ranking = criticalRanking(map);
  const suggestions = map.feedback.filter((item) => item.suggestion !== undefined);
  const place = [map.region, map.sector].filter(Boolean).join(' · ');

  return (
    <article className="session-summary" aria-labelledby="session-summary-heading">
      <div className="session-summary__actions toolbar" role="toolbar" aria-label="Summary actions">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <SummaryDownloads map={map} />
        <Link className="button-link" to="?">
          Back to the session
        </Link>
      </div>
      <h1 id="session-summary-heading">Session summary: {map.title}</h1>
      {place && <p>{place}</p>}
      <p>Printed on {dateLabel(localDay())}.</p>

      <section aria-labelledby="summary-organizations">
        <h2 id="summary-organizations">Organizations present ({organizations.length})</h2>
        {organizations.length === 0 ? (
          <p>No organizations recorded yet.</p>
        ) : (
          <ul>
            {organizations.map((organization) => (
              <li key={organization}>{organization}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="summary-validation">
        <h2 id="summary-validation">Validation</h2>
        <ValidationBadge map={map} fallback="Not validated yet." />
      </section>

      <section aria-labelledby="summary-ranking">
        <h2 id="summary-ranking">Critical occupations</h2>
        {ranking.length === 0 ? (
          <p>No critical votes yet.</p>
        ) : (
          <table className="session-summary__table">
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">Occupation</th>
                <th scope="col">Votes</th>
                <th scope="col">Organizations</th>
              </tr>
            </thead>
            <tbody>
              {ranking.flatMap((group) =>
                group.occupations.map((occupation) => (
                  <tr key={occupation.occupationId}>
                    <td>{group.label}</td>
                    <td>{occupation.title}</td>
                    <td>{occupation.votes}</td>
                    <td>{occupation.organizations.join(', ')}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}
      </section>

      <RemarkSections map={map} id="summary-skill-gaps" title="Skill gaps by occupation" kinds={['skill-gap']} none="No skill gaps recorded." />
      <RemarkSections map={map} id="summary-remarks" title="Remarks by occupation" kinds={OTHER_KINDS} none="No other remarks recorded." />

      <section aria-labelledby="summary-suggestions">
        <h2 id="summary-suggestions">Suggested changes</h2>
        {suggestions.length === 0 ? (
          <p>No changes suggested.</p>
        ) : (
          <table className="session-summary__table">
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col">Suggested by</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {suggestions.map((item) => (
                <tr key={item.id}>
                  <td>
                    {item.suggestion && describeSuggestion(map, item.suggestion, item)}
                    {item.text && <span className="session-summary__note"> “{item.text}”</span>}
                  </td>
                  <td>{attribution(item)}</td>
                  <td>
                    {STATUS_LABELS[item.status]}
                    {item.status !== 'open' && item.decidedAt && ` on ${dateLabel(item.decidedAt)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}

/** Remarks of some kinds, under what each is about; the kind is named when there are several. */
function RemarkSections({
  map,
  id,
  title,
  kinds,
  none,
}: {
  map: PathwayMap;
  id: string;
  title: string;
  kinds: readonly RemarkKind[];
  none: string;
}) {
  const sections = remarkSections(map, kinds);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {sections.length === 0 && <p>{none}</p>}
      {sections.map((section) => (
        <div key={section.targetId ?? 'map'}>
          <h3>{section.name}</h3>
          {section.kinds.map(({ kind, remarks }) => (
            <div key={kind}>
              {kinds.length > 1 && <p className="session-summary__kind">{REMARK_LABELS[kind]}</p>}
              <ul>
                {remarks.map((item) => (
                  <li key={item.id}>
                    {item.text} <span className="session-summary__who">({attribution(item)})</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
