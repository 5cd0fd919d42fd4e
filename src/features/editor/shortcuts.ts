/** The editor's keyboard shortcuts: one list drives the handler and the help dialog. */
export type ShortcutAction =
  | 'undo'
  | 'redo'
  | 'add'
  | 'delete'
  | 'copy'
  | 'paste'
  | 'duplicate'
  | 'selectAll'
  | 'clearSelection'
  | 'layout'
  | 'help';

export type Shortcut = { action: ShortcutAction; keys: string; description: string };

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'add', keys: 'N', description: 'Add an occupation in the middle of the view' },
  { action: 'delete', keys: 'Delete or Backspace', description: 'Delete the selected occupations and moves' },
  { action: 'layout', keys: 'L', description: 'Auto layout (with the options beside the button)' },
  { action: 'undo', keys: 'Ctrl+Z', description: 'Undo' },
  { action: 'redo', keys: 'Ctrl+Shift+Z or Ctrl+Y', description: 'Redo' },
  { action: 'copy', keys: 'Ctrl+C', description: 'Copy the selected occupations' },
  { action: 'paste', keys: 'Ctrl+V', description: 'Paste occupations (into this or another map)' },
  { action: 'duplicate', keys: 'Ctrl+D', description: 'Duplicate the selected occupations' },
  { action: 'selectAll', keys: 'Ctrl+A', description: 'Select every occupation' },
  { action: 'clearSelection', keys: 'Escape', description: 'Select nothing (inspect the map itself)' },
  { action: 'help', keys: '?', description: 'Show these shortcuts' },
];

/** Keys React Flow handles itself, listed in the help dialog too. */
export const CANVAS_KEYS: readonly Pick<Shortcut, 'keys' | 'description'>[] = [
  { keys: 'Tab, then Enter', description: 'Focus a card, then select it' },
  { keys: 'Arrow keys', description: 'Move the selected cards' },
  { keys: 'Shift+drag, Shift+click', description: 'Select several cards' },
  { keys: 'Double-click the background', description: 'Add an occupation there' },
  { keys: 'Drag from a card’s right-hand dot onto another card', description: 'Connect them with a move' },
  { keys: 'Inspector: “Add a move to”, then “Add move”', description: 'Connect the selected card to another, from the keyboard' },
];

/** Which action a key press asks for (Cmd counts as Ctrl on a Mac). */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): ShortcutAction | undefined {
  const command = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (event.altKey) return undefined;
  if (command) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    if (key === 'c') return 'copy';
    if (key === 'v') return 'paste';
    if (key === 'd') return 'duplicate';
    if (key === 'a') return 'selectAll';
    return undefined;
  }
  if (event.key === '?') return 'help';
  if (key === 'n' && !event.shiftKey) return 'add';
  if (key === 'l' && !event.shiftKey) return 'layout';
  if (event.key === 'Escape') return 'clearSelection';
  // Ours, not React Flow's deleteKeyCode: React Flow deletes from an effect on a "key is down" state,
  // and a quick press (down and up before React rendered) was lost now and then.
  if ((event.key === 'Delete' || event.key === 'Backspace') && !event.shiftKey) return 'delete';
  return undefined;
}
