import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../../src/features/editor/shortcuts';

const press = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
  shortcutFor({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

describe('the editor shortcut a key asks for', () => {
  it('deletes the selection with Delete or Backspace, and not with a modifier held', () => {
    expect(press('Delete')).toBe('delete');
    expect(press('Backspace')).toBe('delete');
    expect(press('Delete', { shiftKey: true })).toBeUndefined();
    expect(press('Backspace', { altKey: true })).toBeUndefined();
  });
});
