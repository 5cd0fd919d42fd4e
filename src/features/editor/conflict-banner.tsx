import { useAppStore } from '../../store/app-store';
import { getPersistence } from '../../store/persistence';

/** Another tab saved newer work: this tab stops writing and asks which version to keep. */
export function ConflictBanner({ mapId }: { mapId: string }) {
  const status = useAppStore((state) => state.saveStatus[mapId]);
  if (status?.kind !== 'conflict') return null;
  const savedAt = new Date(status.storedSavedAt);
  return (
    <div className="banner banner--problem" role="alert">
      <p>
        Not saved: this map was changed in another tab
        {Number.isNaN(savedAt.getTime()) ? '' : ` at ${savedAt.toLocaleTimeString()}`}. Your changes here are kept
        until you choose.
      </p>
      <div className="toolbar">
        <button type="button" onClick={() => void getPersistence()?.loadStoredVersion(mapId)}>
          Load the other tab's version
        </button>
        <button type="button" onClick={() => void getPersistence()?.keepThisVersion(mapId)}>
          Keep my version
        </button>
      </div>
    </div>
  );
}
