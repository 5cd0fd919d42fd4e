import { formatIssue } from '../../domain/parse';
import { downloadText } from '../../io/download';
import { useAppStore } from '../../store/app-store';

/** Stored maps that could not be read are listed, never dropped or overwritten. */
export function UnreadableMaps() {
  const unreadable = useAppStore((state) => state.unreadable);
  if (unreadable.length === 0) return null;
  return (
    <section className="banner banner--problem" aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">Some saved maps could not be opened</h2>
      <p>They are kept on this device unchanged. A newer version of Pathway Studio may read them.</p>
      <ul>
        {unreadable.map((item) => (
          <li key={item.id}>
            {item.id}: {item.errors.slice(0, 3).map(formatIssue).join('; ')}
            {item.rawJson !== undefined && (
              <button type="button" onClick={() => downloadText(`${item.id}-saved.json`, item.rawJson ?? '', 'application/json')}>
                Download the saved data
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
