/** One keyboard shortcut as the help lists it. */
export type ShortcutRow = { keys: string; description: string };

/** The keys and what they do, as a table (the editor's help dialog, the session's help). */
export function ShortcutsTable({ rows }: { rows: readonly ShortcutRow[] }) {
  return (
    <table className="shortcuts-table">
      <thead>
        <tr>
          <th scope="col">Keys</th>
          <th scope="col">What they do</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.keys}>
            <td>
              <kbd>{row.keys}</kbd>
            </td>
            <td>{row.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
