import { useAppStore } from '../store/app-store';

/**
 * "Saved", "Saving…" or "Not saved" with the reason. `reasonInBanner`: a banner on the page (an
 * alert) already says why a save failed, so this says only "Not saved" and the reason is heard once.
 */
export function SaveStatusText({ mapId, reasonInBanner = false }: { mapId: string; reasonInBanner?: boolean }) {
  const status = useAppStore((state) => state.saveStatus[mapId]);
  const shown = useAppStore((state) => state.entries[mapId]?.map);
  if (!status) return null;
  // "Saved" only when storage holds the very map shown: a change not yet scheduled is not saved.
  const stale = status.kind === 'saved' && status.map !== undefined && status.map !== shown;
  const problem = status.kind === 'failed' || status.kind === 'conflict';
  const reason = status.kind === 'failed' ? status.message : 'this map was changed in another tab';
  const text =
    status.kind === 'saved' && !stale
      ? 'Saved'
      : stale || status.kind === 'pending' || status.kind === 'saving'
        ? 'Saving…'
        : reasonInBanner
          ? 'Not saved'
          : `Not saved: ${reason}`;
  return (
    <p className={problem ? 'save-status save-status--problem' : 'save-status'} role="status">
      {text}
    </p>
  );
}
