import type { ReactNode } from 'react';
import { type Action, ariaKeys, runAction } from './action';

/**
 * A toolbar button for an action: its label, its keys and what it does come from the action.
 * `enabled` is the screen's live answer (a store subscription), `context` is read on click.
 */
export function ActionButton<C>({
  action,
  context,
  enabled = true,
  busy,
  pressed,
  children,
}: {
  action: Action<C>;
  context: () => C;
  enabled?: boolean;
  busy?: boolean;
  /** For a toggle (full screen): whether it is on. */
  pressed?: boolean;
  /** What the button says instead of the label for a while ("Laying out…"). */
  children?: ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={() => runAction(action, context())}
      disabled={!enabled}
      aria-busy={busy}
      aria-pressed={pressed}
      aria-keyshortcuts={ariaKeys(action)}
    >
      {children ?? action.label}
    </button>
  );
}
