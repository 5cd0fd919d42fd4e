import type { Ref } from 'react';
import { ActionsHelp } from '../../components/actions/actions-help';
import { SESSION_HELP } from './session-actions';
import { organizationShortcut } from './session-shortcuts';

/** The keyboard shortcuts, listed on the page itself (folded): the facilitator may look them up mid-session. */
export function ShortcutsHelp({ ref }: { ref?: Ref<HTMLDetailsElement> }) {
  return (
    <details className="session-help" ref={ref}>
      <summary>Keyboard shortcuts</summary>
      <ActionsHelp entries={SESSION_HELP} />
      <p>
        Letters and numbers work when no text field has the cursor. Number keys: {organizationShortcut(0)} for the first
        organization on the list, {organizationShortcut(9)} for the tenth. On a Mac, use Cmd where this says Ctrl.
      </p>
    </details>
  );
}
