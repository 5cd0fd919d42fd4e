import { useCallback, type RefObject } from 'react';
import { useActionKeys } from '../../components/actions/use-action-keys';
import { useAppStore } from '../../store/app-store';
import { SESSION_ACTIONS, type SessionContext } from './session-actions';
import { useSessionStore } from './session-store';

/**
 * The session's keys, on the whole window while the session is open. Letters and numbers act only
 * outside text fields and dialogs, so a remark can contain any of them. Escape in a field of the
 * session leaves it (the page takes the focus), so the next key is a shortcut again. Returns what
 * the session's actions act on (for its buttons).
 */
export function useSessionShortcuts(
  mapId: string,
  organizations: readonly string[],
  refs: { page: RefObject<HTMLElement | null>; help: RefObject<HTMLDetailsElement | null> },
): () => SessionContext {
  const context = useCallback(
    (): SessionContext => ({
      mapId,
      organizations,
      session: useSessionStore.getState(),
      app: useAppStore.getState(),
      page: refs.page.current,
      help: refs.help.current,
    }),
    [mapId, organizations, refs],
  );
  const onTextEntry = useCallback(
    (event: KeyboardEvent) => {
      if (event.key === 'Escape' && leaveField(event.target, refs.page.current)) event.preventDefault();
    },
    [refs],
  );
  useActionKeys(SESSION_ACTIONS, context, { onTextEntry });
  return context;
}

/** Takes the cursor out of a field of the session page and gives the focus to the page itself. */
function leaveField(field: EventTarget | null, page: HTMLElement | null): boolean {
  if (!page || !(field instanceof HTMLElement) || !page.contains(field)) return false;
  field.blur();
  page.focus({ preventScroll: true });
  return true;
}
