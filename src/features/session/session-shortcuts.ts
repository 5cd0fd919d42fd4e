/** What a key press asks of the session page. */
export type SessionAction =
  | { type: 'speaking'; index: number }
  | { type: 'vote' }
  | { type: 'remark-kind'; kind: string }
  | { type: 'whole-map' }
  | { type: 'add-organization' }
  | { type: 'next-step' }
  | { type: 'previous-step' }
  | { type: 'full-screen' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'help' };

/**
 * One key per remark kind, for the facilitator typing while people talk: press it, type, Enter.
 * Kinds are the feedback kinds of the map format; a kind the model doesn't offer is skipped.
 */
export const REMARK_KEYS: Readonly<Record<string, string>> = {
  'why-critical': 'W',
  'skill-gap': 'S',
  movement: 'M',
  'preferred-program': 'P',
  'talent-source': 'T',
  recruitment: 'R',
  correction: 'C',
  comment: 'K',
};

/** Number keys 1–9 then 0 pick the first ten organizations. */
export function organizationShortcut(index: number): string | undefined {
  if (index < 9) return String(index + 1);
  return index === 9 ? '0' : undefined;
}

/** The other keys, listed in the help text on the page (remark kinds and numbers are added there). */
export const SESSION_KEYS: readonly { keys: string; description: string }[] = [
  { keys: 'Click a card or arrow (or Tab to it, then Enter)', description: 'Choose what the next vote, remark or suggestion is about' },
  { keys: 'Escape', description: 'Remarks about the whole map (or leave a text field)' },
  { keys: '1 … 9, 0', description: 'Choose the organization speaking (the first ten on the list)' },
  { keys: 'A', description: 'Add an organization' },
  { keys: 'V', description: 'Vote the selected occupation critical for the organization speaking' },
  { keys: 'Enter', description: 'Save the remark being typed' },
  { keys: ']  or  Page Down', description: 'Next agenda step' },
  { keys: '[  or  Page Up', description: 'Previous agenda step' },
  { keys: 'F', description: 'Full screen on or off' },
  { keys: 'Ctrl+Z, Ctrl+Shift+Z', description: 'Undo, redo' },
  { keys: '?', description: 'Show these shortcuts' },
];

/**
 * The session action for a key press, or none. Letters and numbers act only outside text fields
 * (the caller checks), so typing a remark never triggers them.
 */
export function sessionActionFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  remarkKinds: readonly string[],
): SessionAction | undefined {
  if (event.altKey) return undefined;
  const key = event.key;
  if (event.ctrlKey || event.metaKey) {
    const lower = key.toLowerCase();
    if (lower === 'z') return event.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (lower === 'y') return { type: 'redo' };
    return undefined;
  }
  if (key === '?') return { type: 'help' };
  if (key === 'Escape') return { type: 'whole-map' };
  if (key === ']' || key === 'PageDown') return { type: 'next-step' };
  if (key === '[' || key === 'PageUp') return { type: 'previous-step' };
  if (/^[0-9]$/.test(key)) return { type: 'speaking', index: key === '0' ? 9 : Number(key) - 1 };
  const upper = key.toUpperCase();
  if (upper === 'V') return { type: 'vote' };
  if (upper === 'F') return { type: 'full-screen' };
  if (upper === 'A') return { type: 'add-organization' };
  const kind = remarkKinds.find((candidate) => REMARK_KEYS[candidate] === upper);
  return kind ? { type: 'remark-kind', kind } : undefined;
}
