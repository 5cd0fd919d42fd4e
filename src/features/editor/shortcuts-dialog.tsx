import { ModalDialog } from '../../components/modal-dialog';
import { ShortcutsTable } from '../../components/shortcuts-table';
import { CANVAS_KEYS, SHORTCUTS } from './shortcuts';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose}>
      {/* Close first: it takes focus on opening, and a focused button at the end of this long list
          scrolled the dialog to its bottom on a laptop screen. */}
      <form method="dialog" className="modal__top-close">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
      <p>On a Mac, use Cmd where this says Ctrl.</p>
      <ShortcutsTable rows={[...SHORTCUTS, ...CANVAS_KEYS]} />
    </ModalDialog>
  );
}
