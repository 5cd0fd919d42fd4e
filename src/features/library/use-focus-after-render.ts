import { useCallback, useEffect, useRef, useState, type RefCallback } from 'react';

/** Where focus can go in the library: a map's title link or Rename button, or the notice's "Undo delete". */
export type FocusTarget = `link:${string}` | `rename:${string}` | 'undo-delete';

/**
 * Moves keyboard focus once React has drawn a change. For actions that take away the control that
 * had focus (a dialog closed while open, a deleted map, a notice that went away), where the browser
 * would drop focus to the top of the page. Elements are found by ref, not by id: a map id can be any text.
 */
export function useFocusAfterRender() {
  const elements = useRef(new Map<FocusTarget, HTMLElement>());
  const [request, setRequest] = useState<{ target: FocusTarget }>();
  // Runs after the commit's effect clean-ups, so after a closing dialog has handed focus back.
  useEffect(() => {
    if (request) elements.current.get(request.target)?.focus();
  }, [request]);
  const focusLater = useCallback((target: FocusTarget) => setRequest({ target }), []);
  const focusable = useCallback(
    (target: FocusTarget): RefCallback<HTMLElement> =>
      (element) => {
        if (!element) return;
        elements.current.set(target, element);
        return () => {
          if (elements.current.get(target) === element) elements.current.delete(target);
        };
      },
    [],
  );
  return { focusLater, focusable };
}

export type Focusable = ReturnType<typeof useFocusAfterRender>['focusable'];
