import { Link } from 'react-router';
import type { PathwayMap } from '../../domain/schema/map';
import { EditorActionButton } from './editor-action-button';
import type { EditorContext } from './editor-actions';

/** Every editor action as a named button, drawn from the editor's actions (the keys run the same ones). */
export function EditorToolbar({ map, context }: { map: PathwayMap; context: () => EditorContext }) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Editor actions">
      {['add', 'undo', 'redo', 'delete', 'duplicate', 'copy', 'paste'].map((id) => (
        <EditorActionButton key={id} id={id} context={context} />
      ))}
      <Link className="button-link" to={`/maps/${encodeURIComponent(map.id)}`}>
        View
      </Link>
      <Link className="button-link" to={`/maps/${encodeURIComponent(map.id)}/session`}>
        Run a session
      </Link>
      <EditorActionButton id="help" context={context} />
    </div>
  );
}
