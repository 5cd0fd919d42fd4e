import type { Ref } from 'react';
import { ShortcutsTable } from '../../components/shortcuts-table';
import { organizationShortcut, REMARK_KEYS, SESSION_KEYS } from './session-shortcuts';

/** The keyboard shortcuts, listed on the page itself (folded): the facilitator may look them up mid-session. */
export function ShortcutsHelp({
  remarkKinds,
  ref,
}: {
  remarkKinds: readonly { kind: string; label: string }[];
  ref?: Ref<HTMLDetailsElement>;
}) {
  return (
    <details className="session-help" ref={ref}>
      <summary>Keyboard shortcuts</summary>
      <ShortcutsTable
        rows={[
          ...SESSION_KEYS,
          ...remarkKinds.flatMap(({ kind, label }) => {
            const key = REMARK_KEYS[kind];
            return key === undefined ? [] : [{ keys: key, description: `Start a remark: ${label}` }];
          }),
        ]}
      />
      <p>
        Letters and numbers work when no text field has the cursor. Number keys: {organizationShortcut(0)} for the first
        organization on the list, {organizationShortcut(9)} for the tenth. On a Mac, use Cmd where this says Ctrl.
      </p>
    </details>
  );
}
