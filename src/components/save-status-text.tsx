import { useAppStore } from '../store/app-store';

/** "Saved", "Saving…" or "Not saved" with the reason. */
export function SaveStatusText({ mapId }: { mapId: string }) {
  const status = useAppStore((state) => state.saveStatus[mapId]);
  if (!status) return null;
  const text =
    status.kind === 'saved'
      ? 'Saved'
      : status.kind === 'pending' || status.kind === 'saving'
        ? 'Saving…'
        : status.kind === 'failed'
          ? `Not saved: ${status.message}`
          : 'Not saved: this map was changed in another tab';
  const problem = status.kind === 'failed' || status.kind === 'conflict';
  return (
    <p className={problem ? 'save-status save-status--problem' : 'save-status'} role="status">
      {text}
    </p>
  );
}
