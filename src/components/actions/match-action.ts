import type { Action, KeyPress } from './action';

type Chord = { command: boolean; shift: boolean; key: string };

/** 'Control+Shift+Z' → Ctrl or Cmd, Shift, z (letters compare without case: Caps Lock is not Shift). */
function chordOf(keys: string): Chord {
  const parts = keys.split('+');
  const key = parts[parts.length - 1] ?? '';
  return { command: parts.includes('Control'), shift: parts.includes('Shift'), key: key.toLowerCase() };
}

/**
 * The action a key press asks for, or none. Alt never makes a shortcut; Ctrl and Cmd are one
 * modifier. A key named with Shift wins over one named without it (Ctrl+Shift+Z is redo, not undo).
 */
export function matchAction<A extends Action<never>>(actions: readonly A[], press: KeyPress): A | undefined {
  if (press.altKey) return undefined;
  const command = press.ctrlKey || press.metaKey;
  const key = press.key.toLowerCase();
  let withShiftHeld: A | undefined;
  for (const action of actions) {
    for (const keys of action.keys) {
      const chord = chordOf(keys);
      if (chord.command !== command || chord.key !== key) continue;
      if (chord.shift === press.shiftKey) return action;
      if (!chord.shift && !action.exactShift) withShiftHeld ??= action;
    }
  }
  return withShiftHeld;
}
