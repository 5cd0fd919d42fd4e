import type { Autosave } from './autosave';

export type PageTarget = { document: Document; window: Window };

function browserPage(): PageTarget | undefined {
  return typeof document === 'undefined' || typeof window === 'undefined' ? undefined : { document, window };
}

export type PageHideOptions = {
  target?: PageTarget | undefined;
  /**
   * Keeps what is not stored yet somewhere a write is done at once (see unload-journal.ts); called
   * synchronously as the page leaves, before the flush.
   */
  keepUnsaved?: () => void;
};

/**
 * Saves pending changes as soon as the page is hidden: a tab switched away from, closed, or frozen
 * on mobile may never run code again. `pagehide` covers closing and the back/forward cache.
 * Leaving (reload, close, navigating away) while changes are not stored yet also keeps them with
 * `keepUnsaved`, starts storing them and asks the browser to warn: a storage write begun while the
 * page unloads can be cut off. Returns an unsubscribe; does nothing outside a browser.
 */
export function flushWhenPageHides(
  autosave: Pick<Autosave, 'flush' | 'hasPending'>,
  { target = browserPage(), keepUnsaved }: PageHideOptions = {},
): () => void {
  if (!target) return () => undefined;
  const flush = () => {
    // flush() reports problems through save statuses; nothing to handle here.
    autosave.flush().catch(() => undefined);
  };
  const onPageHide = () => {
    if (autosave.hasPending()) keepUnsaved?.();
    flush();
  };
  const onVisibilityChange = () => {
    if (target.document.visibilityState === 'hidden') flush();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!autosave.hasPending()) return;
    keepUnsaved?.();
    flush();
    // The browser's own "Leave site? Changes you made may not be saved." (its words; ours are not shown).
    event.preventDefault();
    event.returnValue = true; // older browsers ask only when this is set
  };
  target.document.addEventListener('visibilitychange', onVisibilityChange);
  target.window.addEventListener('pagehide', onPageHide);
  target.window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    target.document.removeEventListener('visibilitychange', onVisibilityChange);
    target.window.removeEventListener('pagehide', onPageHide);
    target.window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
