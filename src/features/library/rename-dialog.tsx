import { useState, type FormEvent } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { selectMap, useAppStore } from '../../store/app-store';

/** A rename that was made: the title before and after. */
export type Renamed = { from: string; to: string };

/** Asks for a map's new title. `onClose` gets the rename when one was made (not on Cancel or Escape). */
export function RenameDialog({ mapId, onClose }: { mapId: string; onClose: (renamed?: Renamed) => void }) {
  const map = useAppStore(selectMap(mapId));
  const renameMap = useAppStore((state) => state.renameMap);
  const [title, setTitle] = useState(map?.title ?? '');
  const trimmed = title.trim();
  const problem = trimmed === '' ? 'A map needs a title.' : trimmed.length > 200 ? 'A title can be at most 200 characters.' : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    const from = map?.title ?? mapId;
    renameMap(mapId, trimmed);
    onClose(from === trimmed ? undefined : { from, to: trimmed });
  };

  return (
    <ModalDialog title={`Rename “${map?.title ?? mapId}”`} onClose={() => onClose()}>
      <form onSubmit={submit}>
        <label htmlFor="rename-title">Title</label>
        <input
          id="rename-title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={problem !== undefined}
          aria-describedby={problem ? 'rename-problem' : undefined}
          autoFocus
        />
        {problem && (
          <p id="rename-problem" className="field-problem">
            {problem}
          </p>
        )}
        <div className="toolbar">
          <button type="submit" disabled={problem !== undefined}>
            Rename
          </button>
          <button type="button" onClick={() => onClose()}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
