import { describe, expect, it } from 'vitest';
import type { KeyPress } from '../../../src/components/actions/action';
import { matchAction } from '../../../src/components/actions/match-action';
import { EDITOR_ACTIONS } from '../../../src/features/editor/editor-actions';

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}) =>
  matchAction(EDITOR_ACTIONS, { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers })?.id;

describe('the editor shortcut a key asks for', () => {
  it('deletes the selection with Delete or Backspace, and not with a modifier held', () => {
    expect(press('Delete')).toBe('delete');
    expect(press('Backspace')).toBe('delete');
    expect(press('Delete', { shiftKey: true })).toBeUndefined();
    expect(press('Backspace', { altKey: true })).toBeUndefined();
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z or Ctrl+Y (Cmd counts as Ctrl)', () => {
    expect(press('z', { ctrlKey: true })).toBe('undo');
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(press('z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(press('y', { ctrlKey: true })).toBe('redo');
    expect(press('Y', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(press('z')).toBeUndefined();
  });

  it('copies, pastes, duplicates and selects all with Ctrl, Shift or not', () => {
    expect(press('c', { ctrlKey: true })).toBe('copy');
    expect(press('v', { metaKey: true })).toBe('paste');
    expect(press('d', { ctrlKey: true })).toBe('duplicate');
    expect(press('a', { ctrlKey: true })).toBe('selectAll');
    expect(press('C', { ctrlKey: true, shiftKey: true })).toBe('copy');
    expect(press('x', { ctrlKey: true })).toBeUndefined();
  });

  it('adds with N and lays out with L, but not with Shift or Ctrl held (Caps Lock is not Shift)', () => {
    expect(press('n')).toBe('add');
    expect(press('N')).toBe('add');
    expect(press('l')).toBe('layout');
    expect(press('s')).toBe('addStep');
    expect(press('S', { shiftKey: true })).toBeUndefined();
    expect(press('s', { ctrlKey: true })).toBeUndefined();
    expect(press('N', { shiftKey: true })).toBeUndefined();
    expect(press('L', { shiftKey: true })).toBeUndefined();
    expect(press('n', { ctrlKey: true })).toBeUndefined();
  });

  it('shows the help with ? (typed with Shift) and selects nothing with Escape', () => {
    expect(press('?', { shiftKey: true })).toBe('help');
    expect(press('?')).toBe('help');
    expect(press('Escape')).toBe('clearSelection');
    expect(press('Escape', { shiftKey: true })).toBe('clearSelection');
    expect(press('Escape', { ctrlKey: true })).toBeUndefined();
  });
});
