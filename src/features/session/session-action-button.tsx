import { actionById } from '../../components/actions/action';
import { ActionButton } from '../../components/actions/action-button';
import { useAppStore } from '../../store/app-store';
import { SESSION_ACTIONS, type SessionContext } from './session-actions';
import { useSessionStore } from './session-store';

/** The button of one session action, enabled as the stores say now. */
export function SessionActionButton({ id, context, pressed }: { id: string; context: () => SessionContext; pressed?: boolean }) {
  const action = actionById(SESSION_ACTIONS, id);
  const enabled = (context: SessionContext) => action.enabled?.(context) ?? true;
  // Either store may change the answer, so the button listens to both (each reads the other as it is now).
  const enabledByMap = useAppStore((app) => enabled({ ...context(), app }));
  const enabledBySession = useSessionStore((session) => enabled({ ...context(), session }));
  return <ActionButton action={action} context={context} enabled={enabledByMap && enabledBySession} pressed={pressed} />;
}
