/**
 * One thing a screen can do, as its toolbar button, its keys and its line in the help list all
 * show it: each screen lists its actions once (editor, session, viewer) and draws all three from it.
 */
export type Action<C> = {
  id: string;
  /** The accessible name of its button, where it has one. */
  label: string;
  /** What it does, as the help list says it. */
  description: string;
  /** Its keys in aria-keyshortcuts notation ('Control+Shift+Z'): Control is Cmd on a Mac too. */
  keys: readonly string[];
  /** How the help list writes the keys, where listing them would say it badly ('1 … 9, 0'). */
  keysShown?: string;
  /**
   * Shift held makes it another key (Shift+N is not N). Otherwise a key without Shift is also
   * pressed with it (?, Ctrl+Shift+Y), unless another action of the screen names that Shift key.
   */
  exactShift?: boolean;
  /** Whether it can run now: a disabled button, and a key that does nothing. Always, when left out. */
  enabled?: (context: C) => boolean;
  /** Does it; the key press that asked, when a key did (number keys pick the n-th organization). */
  run: (context: C, press?: KeyPress) => void;
};

/** A key the help lists that something else handles (React Flow, a form): no action of ours. */
export type KeyNote = { id: string; keysShown: string; description: string };

/** A screen's help list, in order: its actions and the keys others handle. */
export type HelpEntry = Action<never> | KeyNote;

export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

export const isAction = <C>(entry: Action<C> | KeyNote): entry is Action<C> => 'run' in entry;

/** Only the actions of a help list (the ones keys and buttons run). */
export const actionsOf = <C>(entries: readonly (Action<C> | KeyNote)[]): Action<C>[] => entries.filter(isAction);

/** Runs the action when it is enabled; says whether it ran. */
export function runAction<C>(action: Action<C>, context: C, press?: KeyPress): boolean {
  if (action.enabled && !action.enabled(context)) return false;
  action.run(context, press);
  return true;
}

/** The action of a list with this id (a screen's toolbar names the ones it shows). */
export function actionById<C>(actions: readonly (Action<C> | KeyNote)[], id: string): Action<C> {
  const found = actions.find((entry): entry is Action<C> => isAction(entry) && entry.id === id);
  if (!found) throw new Error(`No action "${id}"`);
  return found;
}

const KEY_NAMES: Readonly<Record<string, string>> = { Control: 'Ctrl', PageDown: 'Page Down', PageUp: 'Page Up' };

/** The keys as the help list writes them: "Ctrl+Shift+Z or Ctrl+Y". */
export function keysShown(entry: Action<never> | KeyNote): string {
  if (entry.keysShown !== undefined) return entry.keysShown;
  if (!isAction(entry)) return '';
  return entry.keys.map((keys) => keys.split('+').map((part) => KEY_NAMES[part] ?? part).join('+')).join(' or ');
}

/** The keys as a button's aria-keyshortcuts says them. */
export const ariaKeys = (action: Pick<Action<never>, 'keys'>): string => action.keys.join(' ');
