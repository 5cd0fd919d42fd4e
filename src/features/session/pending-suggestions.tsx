import { nameOf } from '../../domain/health/wording';
import { dateLabel } from '../../domain/session/dates';
import { acceptSuggestion, describeSuggestion, dismissSuggestion } from '../../domain/session/suggestions';
import type { Feedback, PathwayMap } from '../../domain/schema/map';
import { nowIso, sessionChange } from './session-change';

/**
 * The suggestions waiting for the builder, with Accept (the change applied to the map and the
 * suggestion marked accepted: one undo step) and Dismiss (kept, marked dismissed); then the ones decided.
 */
export function PendingSuggestions({ map, pending }: { map: PathwayMap; pending: readonly Feedback[] }) {
  const decided = map.feedback.filter((item) => item.suggestion !== undefined && item.status !== 'open');
  return (
    <section className="session-section" aria-labelledby="session-pending-title">
      <h2 id="session-pending-title">Pending suggestions ({pending.length})</h2>
      {pending.length === 0 ? (
        <p className="session-hint">Nothing waiting.</p>
      ) : (
        <ul className="session-suggestions" aria-label="Pending suggestions">
          {pending.map((item) => (
            <PendingItem key={item.id} map={map} item={item} />
          ))}
        </ul>
      )}
      {decided.length > 0 && (
        <>
          <h3>Decided</h3>
          <ul className="session-suggestions" aria-label="Decided suggestions">
            {decided.map((item) => (
              <li key={item.id} className="session-suggestions__decided">
                <p>{item.suggestion ? describeSuggestion(map, item.suggestion, item) : ''}</p>
                <p className="session-hint">
                  {item.status === 'accepted' ? 'Accepted' : 'Dismissed'}
                  {item.decidedAt && ` ${dateLabel(item.decidedAt)}`} · from {item.organization}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function PendingItem({ map, item }: { map: PathwayMap; item: Feedback }) {
  const description = item.suggestion ? describeSuggestion(map, item.suggestion, item) : 'A change';
  const accept = () =>
    sessionChange(map.id, (current) => acceptSuggestion(current, item.id, nowIso()), `Accepted: ${description}. Undo takes it back.`);
  const dismiss = () =>
    sessionChange(
      map.id,
      (current) => {
        const next = dismissSuggestion(current, item.id, nowIso());
        return next === current ? { ok: false, reason: 'That suggestion was already decided.' } : { ok: true, map: next };
      },
      `Dismissed: ${description}.`,
    );
  return (
    <li>
      <p>{description}</p>
      <p className="session-hint">
        From {item.author ? `${item.organization} (${item.author})` : item.organization}
        {item.text && ` · ${item.text}`}
      </p>
      <div className="toolbar" role="group" aria-label={`Decide: ${nameOf(description)}`}>
        <button type="button" onClick={accept}>
          Accept
        </button>
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </li>
  );
}
