import { Link } from 'react-router';
import type { PathwayMap } from '../../domain/schema/map';
import { selectCanRedo, selectCanUndo, useAppStore } from '../../store/app-store';
import { selectionIn } from '../../store/editor-slice';
import { pasteAnywhere } from '../../store/paste-anywhere';
import { canReadClipboard } from '../../io/system-clipboard';

/** Every editor action as a named button; the same actions have keyboard shortcuts. */
export function EditorToolbar({
  map,
  onAdd,
  onDelete,
  onHelp,
}: {
  map: PathwayMap;
  onAdd: () => void;
  onDelete: () => void;
  onHelp: () => void;
}) {
  const canUndo = useAppStore(selectCanUndo(map.id));
  const canRedo = useAppStore(selectCanRedo(map.id));
  const selection = useAppStore((state) => selectionIn(state, map.id));
  const selectedCount = selection.occupationIds.length + selection.transitionIds.length;
  const hasOccupationsSelected = selection.occupationIds.length > 0;
  // The system clipboard may hold cards copied in another tab: Paste is offered whenever it can be read.
  const canPaste = useAppStore((state) => (state.clipboard?.occupations.length ?? 0) > 0) || canReadClipboard();
  const { undo, redo, duplicateSelection, copySelection } = useAppStore.getState();

  return (
    <div className="toolbar" role="toolbar" aria-label="Editor actions">
      <button type="button" onClick={onAdd} aria-keyshortcuts="N">
        Add occupation
      </button>
      <button type="button" onClick={() => undo(map.id)} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        Undo
      </button>
      <button type="button" onClick={() => redo(map.id)} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
        Redo
      </button>
      <button type="button" onClick={onDelete} disabled={selectedCount === 0} aria-keyshortcuts="Delete">
        Delete
      </button>
      <button type="button" onClick={() => duplicateSelection(map.id)} disabled={!hasOccupationsSelected} aria-keyshortcuts="Control+D">
        Duplicate
      </button>
      <button type="button" onClick={() => copySelection(map.id)} disabled={!hasOccupationsSelected} aria-keyshortcuts="Control+C">
        Copy
      </button>
      <button type="button" onClick={() => void pasteAnywhere(map.id)} disabled={!canPaste} aria-keyshortcuts="Control+V">
        Paste
      </button>
      <Link className="button-link" to={`/maps/${encodeURIComponent(map.id)}`}>
        View
      </Link>
      <Link className="button-link" to={`/maps/${encodeURIComponent(map.id)}/session`}>
        Run a session
      </Link>
      <button type="button" onClick={onHelp} aria-keyshortcuts="?">
        Keyboard shortcuts
      </button>
    </div>
  );
}
