import type { Autosave } from '../io/autosave';
import { useAppStore } from './app-store';

export const RETRY_EVERY_MS = 10_000;

/**
 * A failed save is tried again while it fails: every few seconds, and when the window gets focus or
 * the device comes back online (storage freed, permission given, the database back). The banner
 * goes once a save works. Returns a stop function.
 */
export function retryFailedSaves(autosave: Pick<Autosave, 'saveNow'>, everyMs = RETRY_EVERY_MS): () => void {
  const retry = () => {
    const { saveStatus, entries } = useAppStore.getState();
    for (const [id, status] of Object.entries(saveStatus)) {
      const entry = Object.hasOwn(entries, id) ? entries[id] : undefined;
      if (status.kind === 'failed' && entry?.source === 'device') void autosave.saveNow(entry.map);
    }
  };
  const timer = setInterval(retry, everyMs);
  const target = typeof window === 'undefined' ? undefined : window;
  target?.addEventListener('focus', retry);
  target?.addEventListener('online', retry);
  return () => {
    clearInterval(timer);
    target?.removeEventListener('focus', retry);
    target?.removeEventListener('online', retry);
  };
}
