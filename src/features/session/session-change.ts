import type { PathwayMap } from '../../domain/schema/map';
import { useAppStore } from '../../store/app-store';
import { useSessionStore } from './session-store';

type Outcome = { ok: true; map: PathwayMap } | { ok: false; reason: string };

/**
 * Runs one session action as one map change (one undo step, autosaved at once). The action runs on
 * the map as it is in the store; when it refuses, the map is untouched and its reason is said in the
 * session's status line. Returns whether the change was made.
 */
export function sessionChange(mapId: string, action: (map: PathwayMap) => Outcome, done?: string): boolean {
  let outcome: Outcome | undefined;
  useAppStore.getState().change(mapId, (map) => {
    outcome = action(map);
    return outcome.ok ? outcome.map : map;
  });
  const session = useSessionStore.getState();
  if (!outcome) {
    session.say('problem', 'This map is no longer open.');
    return false;
  }
  if (!outcome.ok) {
    session.say('problem', outcome.reason);
    return false;
  }
  if (done) session.say('info', done);
  return true;
}

/** Now, as the ISO time feedback is stamped with. */
export const nowIso = (): string => new Date().toISOString();
