import { original } from 'immer';
import { replaceMap } from '../../domain/commands/replace-map';
import type { PathwayMap } from '../../domain/schema/map';
import { useAppStore } from '../../store/app-store';
import { getPersistence } from '../../store/persistence';
import { useSessionStore } from './session-store';

type Outcome = { ok: true; map: PathwayMap } | { ok: false; reason: string };

/**
 * Runs one session action as one map change (one undo step). The action runs on the map as it is in
 * the store; when it refuses, the map is untouched and its reason is said in the session's status
 * line. A change made is stored at once rather than after autosave's pause for typing: a remark is
 * one entry, and a laptop closed a moment later must not take it along. Returns whether it was made.
 */
export function sessionChange(mapId: string, action: (map: PathwayMap) => Outcome, done?: string): boolean {
  const outcome = useAppStore.getState().apply(
    mapId,
    (draft) => {
      const made = action(original(draft) as PathwayMap);
      if (made.ok) replaceMap(draft, made.map);
      return made;
    },
    { capture: 'step' },
  );
  const session = useSessionStore.getState();
  if (!outcome) {
    session.say('problem', 'This map is no longer open.');
    return false;
  }
  if (!outcome.ok) {
    session.say('problem', outcome.reason);
    return false;
  }
  void getPersistence()?.flush();
  if (done) session.say('info', done);
  return true;
}

/** Now, as the ISO time feedback is stamped with. */
export const nowIso = (): string => new Date().toISOString();

/** Undo and redo in a session, stored at once like every session change. */
// The last notice described the step now undone or redone ("Accepted: … Undo takes it back."): it goes.
export function sessionUndo(mapId: string): void {
  useAppStore.getState().undo(mapId);
  useSessionStore.getState().clearNotice();
  void getPersistence()?.flush();
}

export function sessionRedo(mapId: string): void {
  useAppStore.getState().redo(mapId);
  useSessionStore.getState().clearNotice();
  void getPersistence()?.flush();
}
