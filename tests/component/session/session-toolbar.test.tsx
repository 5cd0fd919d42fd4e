import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { actionById, ariaKeys } from '../../../src/components/actions/action';
import { SESSION_ACTIONS } from '../../../src/features/session/session-actions';
import { currentMap, openSession, resetStores } from './session-test-map';

afterEach(() => {
  resetStores();
  sessionStorage.clear();
  localStorage.clear();
});

describe('the session toolbar, drawn from the session’s actions', () => {
  it('names each button and its keys as the action does, enables Undo once there is a step, and undoes it', async () => {
    openSession();
    const toolbar = await screen.findByRole('toolbar', { name: 'Session actions' });
    for (const id of ['full-screen', 'undo', 'redo']) {
      const action = actionById(SESSION_ACTIONS, id);
      expect(screen.getByRole('button', { name: action.label }), id).toHaveAttribute('aria-keyshortcuts', ariaKeys(action));
      expect(toolbar).toContainElement(screen.getByRole('button', { name: action.label }));
    }
    expect(screen.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'false');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Redo' })).toBeDisabled();

    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Add organization' }), 'Baystate Health{Enter}');
    expect(currentMap().feedback).toHaveLength(1);
    expect(undo).toBeEnabled();
    await user.click(undo);
    expect(currentMap().feedback).toEqual([]);
    expect(undo).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Redo' })).toBeEnabled();
  });
});
