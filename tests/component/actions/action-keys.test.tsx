import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Action } from '../../../src/components/actions/action';
import { ActionButton } from '../../../src/components/actions/action-button';
import { useActionKeys } from '../../../src/components/actions/use-action-keys';

type Context = { canDelete: boolean };

function makeActions() {
  const add = vi.fn();
  const remove = vi.fn();
  const actions: readonly Action<Context>[] = [
    { id: 'add', label: 'Add', description: 'Add one', keys: ['N'], exactShift: true, run: add },
    { id: 'delete', label: 'Delete', description: 'Delete it', keys: ['Delete'], enabled: (c) => c.canDelete, run: remove },
  ];
  return { actions, add, remove };
}

function Screen({ actions, canDelete = true, onTextEntry }: { actions: readonly Action<Context>[]; canDelete?: boolean; onTextEntry?: (event: KeyboardEvent) => void }) {
  useActionKeys(actions, () => ({ canDelete }), { onTextEntry });
  return (
    <div>
      <input aria-label="Title" />
      <input type="checkbox" aria-label="Keep" />
      <ActionButton action={actions[0]!} context={() => ({ canDelete })} />
      <ActionButton action={actions[1]!} context={() => ({ canDelete })} enabled={canDelete} />
    </div>
  );
}

describe('a screen’s actions bound to the keys', () => {
  it('runs the action of a key pressed outside text fields, and takes the key', async () => {
    const { actions, add } = makeActions();
    render(<Screen actions={actions} />);
    await userEvent.keyboard('n');
    expect(add).toHaveBeenCalledTimes(1);
    expect(fireEvent.keyDown(document.body, { key: 'n' })).toBe(false); // default prevented
  });

  it('leaves keys typed in a text field to the field, and runs them after a checkbox is clicked', async () => {
    const { actions, add } = makeActions();
    const onTextEntry = vi.fn();
    render(<Screen actions={actions} onTextEntry={onTextEntry} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Nurse');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Nurse');
    expect(add).not.toHaveBeenCalled();
    expect(onTextEntry).toHaveBeenCalledTimes(5);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Keep' }));
    await userEvent.keyboard('n');
    expect(add).toHaveBeenCalledTimes(1);
  });

  it('does nothing for a disabled action, though its key is still taken', () => {
    const { actions, remove } = makeActions();
    render(<Screen actions={actions} canDelete={false} />);
    expect(fireEvent.keyDown(document.body, { key: 'Delete' })).toBe(false);
    expect(remove).not.toHaveBeenCalled();
  });

  it('ignores keys while a dialog is open, and keys of no action', () => {
    const { actions, add } = makeActions();
    render(<Screen actions={actions} />);
    expect(fireEvent.keyDown(document.body, { key: 'q' })).toBe(true);
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.setAttribute('open', '');
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(add).not.toHaveBeenCalled();
    dialog.remove();
  });

  it('draws each action’s button with its label, its keys and whether it is enabled', async () => {
    const { actions, add, remove } = makeActions();
    render(<Screen actions={actions} canDelete={false} />);
    const addButton = screen.getByRole('button', { name: 'Add' });
    expect(addButton).toHaveAttribute('aria-keyshortcuts', 'N');
    await userEvent.click(addButton);
    expect(add).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled();
    expect(remove).not.toHaveBeenCalled();
  });
});
