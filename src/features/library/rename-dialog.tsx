import { useState, type FormEvent } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { selectMap, useAppStore } from '../../store/app-store';

export function RenameDialog({ mapId, onClose }: { mapId: string; onClose: () => void }) {
  const map = useAppStore(selectMap(mapId));
  const renameMap = useAppStore((state) => state.renameMap);
  const [title, setTitle] = useState(map?.title ?? '');
  const trimmed = title.trim();
  const problem = trimmed === '' ? 'A map needs a title.' : trimmed.length > 200 ? 'A title can be at most 200 characters.' : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    renameMap(mapId, trimmed);
    onClose();
  };

  return (
    <ModalDialog title={`Rename “${map?.title ?? mapId}”`} onClose={onClose}>
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
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
