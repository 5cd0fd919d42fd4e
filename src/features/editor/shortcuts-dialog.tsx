import { ActionsHelp } from '../../components/actions/actions-help';
import { ModalDialog } from '../../components/modal-dialog';
import { EDITOR_HELP } from './editor-actions';

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
      <ActionsHelp entries={EDITOR_HELP} />
    </ModalDialog>
  );
}
