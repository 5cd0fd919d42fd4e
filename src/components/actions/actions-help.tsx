import { type HelpEntry, keysShown } from './action';

/** A screen's keys and what they do, as a table, drawn from its actions (the editor's dialog, the session's help). */
export function ActionsHelp({ entries }: { entries: readonly HelpEntry[] }) {
  return (
    <table className="shortcuts-table">
      <thead>
        <tr>
          <th scope="col">Keys</th>
          <th scope="col">What they do</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>
              <kbd>{keysShown(entry)}</kbd>
            </td>
            <td>{entry.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
