import { useEffect, type RefObject } from 'react';
import { isTextEntry } from '../../components/text-entry';
import { toggleFullScreen } from './full-screen-button';
import { sessionRedo, sessionUndo } from './session-change';
import { sessionActionFor } from './session-shortcuts';
import { useSessionStore, WHOLE_MAP } from './session-store';
import { voteForTarget } from './session-votes';
import { ADD_ORGANIZATION_ID } from './organizations-panel';

/**
 * The session's keys, on the whole window while the session is open. Letters and numbers act only
 * outside text fields and dialogs, so a remark can contain any of them. Escape in a field of the
 * session leaves it (the page takes the focus), so the next key is a shortcut again.
 */
export function useSessionShortcuts(
  mapId: string,
  organizations: readonly string[],
  remarkKinds: readonly string[],
  refs: { page: RefObject<HTMLElement | null>; help: RefObject<HTMLDetailsElement | null> },
): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (isTextEntry(event.target)) {
        if (event.key === 'Escape' && leaveField(event.target, refs.page.current)) event.preventDefault();
        return;
      }
      const action = sessionActionFor(event, remarkKinds);
      if (!action) return;
      const session = useSessionStore.getState();
      switch (action.type) {
        case 'speaking': {
          const organization = organizations[action.index];
          if (!organization) return;
          session.setSpeaking(organization);
          session.say('info', `${organization} is speaking.`);
          break;
        }
        case 'vote':
          voteForTarget(mapId);
          break;
        case 'remark-kind':
          session.setTool('remarks');
          session.setRemarkKind(action.kind, { focus: true });
          break;
        case 'whole-map':
          session.setTarget(WHOLE_MAP);
          break;
        case 'add-organization':
          document.getElementById(ADD_ORGANIZATION_ID)?.focus();
          break;
        case 'next-step':
          session.goToStep(session.step + 1);
          break;
        case 'previous-step':
          session.goToStep(session.step - 1);
          break;
        case 'full-screen':
          void toggleFullScreen(refs.page.current);
          break;
        case 'undo':
          sessionUndo(mapId);
          break;
        case 'redo':
          sessionRedo(mapId);
          break;
        case 'help':
          if (refs.help.current) {
            refs.help.current.open = true;
            refs.help.current.scrollIntoView({ block: 'nearest' });
          }
          break;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [mapId, organizations, remarkKinds, refs]);
}

/** Takes the cursor out of a field of the session page and gives the focus to the page itself. */
function leaveField(field: EventTarget | null, page: HTMLElement | null): boolean {
  if (!page || !(field instanceof HTMLElement) || !page.contains(field)) return false;
  field.blur();
  page.focus({ preventScroll: true });
  return true;
}
