import { nameOf } from '../../domain/health/wording';
import { isRemarkKind, remarksFor, removeRemark, REMARK_LABELS } from '../../domain/session/remarks';
import type { Feedback, PathwayMap } from '../../domain/schema/map';
import { sessionChange } from './session-change';
import { targetIdOf, type SessionTarget } from './session-store';
import { targetName } from './target-name';

const kindLabel = (kind: string) => (isRemarkKind(kind) ? REMARK_LABELS[kind] : kind);

/** Everything said so far about the target, newest first, each with who said it; a slip can be removed (undoably). */
export function RemarkList({ map, target }: { map: PathwayMap; target: SessionTarget }) {
  const remarks = remarksFor(map, targetIdOf(target));
  const about = targetName(map, target);
  return (
    <section className="session-section" aria-labelledby="session-remarks-title">
      <h2 id="session-remarks-title">
        Remarks about {about} ({remarks.length})
      </h2>
      {remarks.length === 0 ? (
        <p className="session-hint">Nothing said about this yet.</p>
      ) : (
        <ul className="session-remarks" aria-label={`Remarks about ${about}`}>
          {remarks.map((remark) => (
            <RemarkItem key={remark.id} remark={remark} mapId={map.id} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RemarkItem({ remark, mapId }: { remark: Feedback; mapId: string }) {
  const who = remark.author ? `${remark.organization} (${remark.author})` : remark.organization;
  const remove = () =>
    sessionChange(mapId, (map) => {
      const next = removeRemark(map, remark.id);
      return next === map ? { ok: false, reason: 'That remark was already removed.' } : { ok: true, map: next };
    }, 'Remark removed. Undo brings it back.');
  return (
    <li className="session-remarks__item">
      <p>
        <strong>{kindLabel(remark.kind)}</strong> · {who}
      </p>
      {remark.text && <p className="session-remarks__text">{remark.text}</p>}
      <button type="button" onClick={remove} aria-label={`Remove remark by ${nameOf(remark.organization)}: ${remark.text ?? kindLabel(remark.kind)}`}>
        Remove
      </button>
    </li>
  );
}
