import { useCallback } from 'react';
import { useActionKeys } from '../../components/actions/use-action-keys';
import { useAppStore } from '../../store/app-store';
import { EDITOR_ACTIONS, type EditorContext } from './editor-actions';

export type EditorCommands = Omit<EditorContext, 'mapId' | 'state'>;

/**
 * Binds the editor's actions to the keys on the whole window while the editor is open, and returns
 * what they act on (for the toolbars): the map, the store at that moment, and the editor's commands.
 */
export function useEditorShortcuts(mapId: string, commands: EditorCommands): () => EditorContext {
  const context = useCallback((): EditorContext => ({ ...commands, mapId, state: useAppStore.getState() }), [mapId, commands]);
  useActionKeys(EDITOR_ACTIONS, context);
  return context;
}
