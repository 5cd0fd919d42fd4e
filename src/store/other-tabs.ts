import type { Autosave } from '../io/autosave';
import type { TabSyncEvent } from '../io/tab-sync';
import { useAppStore } from './app-store';

/**
 * Another tab saved or deleted a map. A map this tab has no unsaved changes to is refreshed, and
 * the user is told; with unsaved changes here, the save is attempted at once so the conflict
 * (never an overwrite) shows now rather than later.
 */
export function handleOtherTab(
  event: TabSyncEvent,
  context: { autosave: Autosave; loadStoredVersion: (mapId: string) => Promise<void>; isOpenHere: (mapId: string) => boolean },
): void {
  const store = useAppStore.getState();
  const title = store.entries[event.mapId]?.map.title ?? event.mapId;
  if (event.kind === 'deleted') {
    if (!context.isOpenHere(event.mapId)) return;
    context.autosave.track(event.mapId, 0);
    store.showNotice({ tone: 'problem', text: `“${title}” was deleted in another tab. It is still here; your next change saves it again.` });
    return;
  }
  if (event.revision !== undefined && context.autosave.revisionOf(event.mapId) === event.revision) return;
  if (context.autosave.hasPending(event.mapId)) {
    void context.autosave.flush();
    return;
  }
  void context.loadStoredVersion(event.mapId).then(() => {
    if (context.isOpenHere(event.mapId)) {
      useAppStore.getState().showNotice({ tone: 'info', text: `“${title}” was changed in another tab; you are now seeing the latest version.` });
    }
  });
}
