import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isAction, keysShown } from '../../../src/components/actions/action';
import { EDITOR_ACTIONS, EDITOR_HELP } from '../../../src/features/editor/editor-actions';
import { ShortcutsDialog } from '../../../src/features/editor/shortcuts-dialog';
import { SESSION_ACTIONS, SESSION_HELP } from '../../../src/features/session/session-actions';
import { ShortcutsHelp } from '../../../src/features/session/shortcuts-help';

/** The table's rows as [keys, what they do], the heading row left out. */
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));

describe('the help lists are drawn from the actions', () => {
  it('the editor’s dialog lists every editor action once, then the canvas keys', () => {
    render(<ShortcutsDialog onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = rowsOf(within(dialog).getByRole('table'));
    expect(rows).toEqual(EDITOR_HELP.map((entry) => [keysShown(entry), entry.description]));
    expect(rows.filter(([, description]) => EDITOR_ACTIONS.some((action) => action.description === description))).toHaveLength(EDITOR_ACTIONS.length);
    expect(within(dialog).getByRole('columnheader', { name: 'Keys' })).toBeInTheDocument();
    expect(within(dialog).getByRole('columnheader', { name: 'What they do' })).toBeInTheDocument();
  });

  it('the session’s help lists every session action once, among the keys a form handles', () => {
    render(<ShortcutsHelp />);
    const rows = rowsOf(screen.getByRole('table'));
    expect(rows).toEqual(SESSION_HELP.map((entry) => [keysShown(entry), entry.description]));
    expect(SESSION_HELP.filter(isAction)).toEqual(SESSION_ACTIONS);
    expect(rows).toContainEqual(['1 … 9, 0', 'Choose the organization speaking (the first ten on the list)']);
    expect(screen.getByText('Keyboard shortcuts')).toBeInTheDocument();
  });
});
