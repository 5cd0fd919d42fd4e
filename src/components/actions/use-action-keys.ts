import { useEffect, useLayoutEffect, useRef } from 'react';
import { isTextEntry } from '../text-entry';
import { type Action, runAction } from './action';
import { matchAction } from './match-action';

export type KeyBinding = {
  /** Where keys are heard: the window (the default), or one element in the capture phase (none yet: null). */
  element?: HTMLElement | null;
  /** Which presses the element's actions hear (the viewer's: those on a card). */
  heard?: (event: KeyboardEvent) => boolean;
  /** A key typed in a text field: not a shortcut; the session leaves the field on Escape. */
  onTextEntry?: (event: KeyboardEvent) => void;
};

/**
 * Binds a screen's actions to the keyboard while it is mounted. Keys act only outside text fields
 * and open dialogs, so typing keeps every key's own meaning. A key of a disabled action is still
 * taken (Ctrl+D does not bookmark the page), and does nothing. `context` is read at each press.
 */
export function useActionKeys<C>(actions: readonly Action<C>[], context: () => C, binding: KeyBinding = {}): void {
  const latest = useRef({ context, binding });
  useLayoutEffect(() => {
    latest.current = { context, binding };
  });
  const element = binding.element === undefined ? window : binding.element;
  useEffect(() => {
    if (!element) return;
    const capture = element !== window;
    const onKeyDown = (event: Event) => {
      if (!(event instanceof KeyboardEvent)) return;
      const { context: contextNow, binding: bindingNow } = latest.current;
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (isTextEntry(event.target)) return bindingNow.onTextEntry?.(event);
      if (bindingNow.heard && !bindingNow.heard(event)) return;
      const action = matchAction(actions, event);
      if (!action) return;
      event.preventDefault();
      // Taken before anything below the element sees it (React Flow's own Escape, in the viewer).
      if (capture) event.stopPropagation();
      runAction(action, contextNow(), event);
    };
    element.addEventListener('keydown', onKeyDown, { capture });
    return () => element.removeEventListener('keydown', onKeyDown, { capture });
  }, [actions, element]);
}
