import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store';
import { pasteAnywhere } from '../../store/paste-anywhere';
import { isTextEntry } from '../../components/text-entry';
import { shortcutFor, type ShortcutAction } from './shortcuts';

/** Listens for the editor's shortcuts on the whole window while the editor is open. */
export function useEditorShortcuts(mapId: string, handlers: { add: () => void; delete: () => void; help: () => void; layout: () => void }): void {
  useEffect(() => {
    const run = (action: ShortcutAction) => {
      const store = useAppStore.getState();
      switch (action) {
        case 'undo':
          return store.undo(mapId);
        case 'redo':
          return store.redo(mapId);
        case 'copy':
          return store.copySelection(mapId);
        case 'paste':
          return void pasteAnywhere(mapId);
        case 'duplicate':
          return store.duplicateSelection(mapId);
        case 'selectAll':
          return store.select(mapId, { occupationIds: store.entries[mapId]?.map.occupations.map((o) => o.id) ?? [], transitionIds: [] });
        case 'clearSelection':
          return store.select(mapId, { occupationIds: [], transitionIds: [] });
        case 'add':
          return handlers.add();
        case 'delete':
          return handlers.delete();
        case 'help':
          return handlers.help();
        case 'layout':
          return handlers.layout();
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target) || document.querySelector('dialog[open]')) return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [mapId, handlers]);
}
