import { useState } from 'react';
import { formatIssue, parseMap } from '../../domain/parse';
import { downloadText } from '../../io/download';
import type { UnreadableStoredMap } from '../../store/library-slice';
import { useAppStore } from '../../store/app-store';
import { getPersistence } from '../../store/persistence';

/**
 * One stored record that could not be read, with what the user can do about it: download the saved
 * text, repair it (when the map text itself reads, e.g. a damaged save counter or a record stored
 * under another id), or remove it for good after confirming.
 */
export function UnreadableMapItem({ item }: { item: UnreadableStoredMap }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const name = `“${item.id}”`;

  const remove = async () => {
    const outcome = await getPersistence()?.removeUnreadable(item.id);
    if (!outcome) setMessage('Storage is not ready yet; try again in a moment.');
    else if (!outcome.ok) setMessage(outcome.message);
  };

  const repair = async () => {
    const parsed = item.rawJson === undefined ? undefined : parseMap(item.rawJson);
    if (!parsed?.ok) {
      setMessage('This saved data cannot be repaired here: download it, fix the problems listed, then import it.');
      return;
    }
    const outcome = await getPersistence()?.removeUnreadable(item.id);
    if (!outcome?.ok) {
      setMessage(outcome?.message ?? 'Storage is not ready yet; try again in a moment.');
      return;
    }
    useAppStore.getState().addMap(parsed.map);
  };

  return (
    <li>
      {item.id}: {item.errors.slice(0, 3).map(formatIssue).join('; ')}{' '}
      {item.rawJson !== undefined && (
        <button type="button" aria-label={`Download the saved data of ${name}`} onClick={() => downloadText(`${item.id}-saved.json`, item.rawJson ?? '', 'application/json')}>
          Download the saved data
        </button>
      )}
      <button type="button" aria-label={`Repair ${name}`} onClick={() => void repair()}>
        Repair
      </button>
      {confirming ? (
        <span role="group" aria-label={`Remove ${name} for good?`}>
          Remove it for good? This cannot be undone.{' '}
          <button type="button" onClick={() => void remove()}>
            Remove for good
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </span>
      ) : (
        <button type="button" aria-label={`Remove ${name}`} onClick={() => setConfirming(true)}>
          Remove…
        </button>
      )}
      {message !== undefined && <p role="alert">{message}</p>}
    </li>
  );
}
