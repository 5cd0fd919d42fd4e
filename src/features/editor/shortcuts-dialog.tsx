import { ModalDialog } from '../../components/modal-dialog';
import { ShortcutsTable } from '../../components/shortcuts-table';
import { CANVAS_KEYS, SHORTCUTS } from './shortcuts';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose}>
      <ShortcutsTable rows={[...SHORTCUTS, ...CANVAS_KEYS]} />
      <p>On a Mac, use Cmd where this says Ctrl.</p>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </ModalDialog>
  );
}
