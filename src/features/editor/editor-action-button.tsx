import type { ReactNode } from 'react';
import { actionById } from '../../components/actions/action';
import { ActionButton } from '../../components/actions/action-button';
import { useAppStore } from '../../store/app-store';
import { EDITOR_ACTIONS, type EditorContext } from './editor-actions';

/** The button of one editor action, enabled as the store says now (it re-renders when that changes). */
export function EditorActionButton({
  id,
  context,
  busy,
  children,
}: {
  id: string;
  context: () => EditorContext;
  busy?: boolean;
  children?: ReactNode;
}) {
  const action = actionById(EDITOR_ACTIONS, id);
  const enabled = useAppStore((state) => action.enabled?.({ ...context(), state }) ?? true);
  return (
    <ActionButton action={action} context={context} enabled={enabled} busy={busy}>
      {children}
    </ActionButton>
  );
}
