import { describe, expect, it, vi } from 'vitest';
import { type Action, actionById, ariaKeys, isAction, keysShown, runAction } from '../../../src/components/actions/action';
import { matchAction } from '../../../src/components/actions/match-action';
import { EDITOR_ACTIONS, EDITOR_HELP } from '../../../src/features/editor/editor-actions';
import { SESSION_ACTIONS, SESSION_HELP } from '../../../src/features/session/session-actions';
import { VIEWER_ACTIONS } from '../../../src/features/viewer/viewer-actions';

const SCREENS: [string, readonly Action<never>[]][] = [
  ['editor', EDITOR_ACTIONS],
  ['session', SESSION_ACTIONS],
  ['viewer', VIEWER_ACTIONS],
];

/** A key as the matcher sees it: Ctrl (or Cmd), Shift and the key without case. */
const chord = (keys: string) => keys.toLowerCase().split('+').sort().join('+');

describe.each(SCREENS)('the %s actions', (_screen, actions) => {
  it('list each action once, each with a label, a description and keys', () => {
    const ids = actions.map((action) => action.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const action of actions) {
      expect(action.label, action.id).not.toBe('');
      expect(action.description, action.id).not.toBe('');
      expect(action.keys.length, action.id).toBeGreaterThan(0);
    }
  });

  it('give each key to one action only', () => {
    const chords = actions.flatMap((action) => action.keys.map(chord));
    expect(new Set(chords).size).toBe(chords.length);
  });

  it('are found by each of their own keys', () => {
    for (const action of actions) {
      for (const keys of action.keys) {
        const parts = keys.split('+');
        const press = {
          key: parts[parts.length - 1]!,
          ctrlKey: parts.includes('Control'),
          metaKey: false,
          shiftKey: parts.includes('Shift'),
          altKey: false,
        };
        expect(matchAction(actions, press)?.id, keys).toBe(action.id);
      }
    }
  });
});

describe('a screen’s help list', () => {
  it('lists exactly the editor’s actions, in their order, then the keys React Flow handles', () => {
    expect(EDITOR_HELP.filter(isAction)).toEqual(EDITOR_ACTIONS);
    expect(EDITOR_HELP.map((entry) => [keysShown(entry), entry.description])).toEqual([
      ['N', 'Add an occupation in the middle of the view'],
      ['S', 'Add a step (credential, program, experience or milestone, as chosen beside the button) in the middle of the view'],
      ['Delete or Backspace', 'Delete the selected occupations and moves'],
      ['L', 'Auto layout (with the options beside the button)'],
      ['Ctrl+Z', 'Undo'],
      ['Ctrl+Shift+Z or Ctrl+Y', 'Redo'],
      ['Ctrl+C', 'Copy the selected occupations'],
      ['Ctrl+V', 'Paste occupations (into this or another map)'],
      ['Ctrl+D', 'Duplicate the selected occupations'],
      ['Ctrl+A', 'Select every card'],
      ['Escape', 'Select nothing (inspect the map itself)'],
      ['?', 'Show these shortcuts'],
      ['Tab, then Enter', 'Focus a card, then select it'],
      ['Arrow keys', 'Move the selected cards'],
      ['Shift+drag, Shift+click', 'Select several cards'],
      ['Double-click the background', 'Add an occupation there'],
      ['Drag from a card’s right-hand dot onto another card', 'Connect them with a move'],
      ['Inspector: “Add a move to”, then “Add move”', 'Connect the selected card to another, from the keyboard'],
    ]);
  });

  it('lists exactly the session’s actions, with a line for each remark kind', () => {
    expect(SESSION_HELP.filter(isAction)).toEqual(SESSION_ACTIONS);
    expect(SESSION_HELP.map((entry) => [keysShown(entry), entry.description])).toEqual([
      ['Click a card or arrow (or Tab to it, then Enter)', 'Choose what the next vote, remark or suggestion is about'],
      ['Arrow keys on a card', 'Follow its moves: Right to a card it leads to, Left to one that leads to it, Up and Down to the others'],
      ['Escape', 'Remarks about the whole map (or leave a text field)'],
      ['1 … 9, 0', 'Choose the organization speaking (the first ten on the list)'],
      ['A', 'Add an organization'],
      ['V', 'Vote the selected occupation critical for the organization speaking'],
      ['Enter', 'Save the remark being typed'],
      ['] or Page Down', 'Next agenda step'],
      ['[ or Page Up', 'Previous agenda step'],
      ['F', 'Full screen on or off'],
      ['Ctrl+Z', 'Undo'],
      ['Ctrl+Shift+Z or Ctrl+Y', 'Redo'],
      ['?', 'Show these shortcuts'],
      ['W', 'Start a remark: Why critical'],
      ['S', 'Start a remark: Skill gap'],
      ['M', 'Start a remark: How people move in and out'],
      ['P', 'Start a remark: Preferred training program'],
      ['T', 'Start a remark: Source of talent'],
      ['R', 'Start a remark: Recruitment practice'],
      ['C', 'Start a remark: Correction'],
      ['K', 'Start a remark: Comment'],
    ]);
  });
});

describe('running an action', () => {
  const action = (enabled: boolean) => ({ id: 'a', label: 'A', description: 'A', keys: ['A'], enabled: () => enabled, run: vi.fn() });

  it('runs it when enabled, with the key press that asked', () => {
    const enabled = action(true);
    const press = { key: 'a', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
    expect(runAction(enabled, {}, press)).toBe(true);
    expect(enabled.run).toHaveBeenCalledWith({}, press);
  });

  it('does nothing when it is disabled', () => {
    const disabled = action(false);
    expect(runAction(disabled, {})).toBe(false);
    expect(disabled.run).not.toHaveBeenCalled();
  });

  it('gives a button the keys of its action, as aria-keyshortcuts says them', () => {
    expect(ariaKeys(actionById(EDITOR_ACTIONS, 'redo'))).toBe('Control+Shift+Z Control+Y');
    expect(ariaKeys(actionById(SESSION_ACTIONS, 'previous-step'))).toBe('[ PageUp');
  });
});
