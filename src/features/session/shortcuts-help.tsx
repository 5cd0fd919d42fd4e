import type { Ref } from 'react';
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
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {SESSION_KEYS.map((shortcut) => (
            <tr key={shortcut.keys}>
              <td>
                <kbd>{shortcut.keys}</kbd>
              </td>
              <td>{shortcut.description}</td>
            </tr>
          ))}
          {remarkKinds
            .filter(({ kind }) => REMARK_KEYS[kind] !== undefined)
            .map(({ kind, label }) => (
              <tr key={kind}>
                <td>
                  <kbd>{REMARK_KEYS[kind]}</kbd>
                </td>
                <td>Start a remark: {label}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <p>
        Letters and numbers work when no text field has the cursor. Number keys: {organizationShortcut(0)} for the first
        organization on the list, {organizationShortcut(9)} for the tenth. On a Mac, use Cmd where this says Ctrl.
      </p>
    </details>
  );
}
