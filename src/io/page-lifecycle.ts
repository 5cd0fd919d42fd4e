import type { Autosave } from './autosave';

export type PageTarget = { document: Document; window: Window };

function browserPage(): PageTarget | undefined {
  return typeof document === 'undefined' || typeof window === 'undefined' ? undefined : { document, window };
}

/**
 * Saves pending changes as soon as the page is hidden: a tab switched away from, closed, or frozen
 * on mobile may never run code again. `pagehide` covers closing and the back/forward cache.
 * Returns an unsubscribe; does nothing outside a browser.
 */
export function flushWhenPageHides(autosave: Pick<Autosave, 'flush'>, target: PageTarget | undefined = browserPage()): () => void {
  if (!target) return () => undefined;
  const flush = () => {
    // flush() reports problems through save statuses; nothing to handle here.
    autosave.flush().catch(() => undefined);
  };
  const onVisibilityChange = () => {
    if (target.document.visibilityState === 'hidden') flush();
  };
  target.document.addEventListener('visibilitychange', onVisibilityChange);
  target.window.addEventListener('pagehide', flush);
  return () => {
    target.document.removeEventListener('visibilitychange', onVisibilityChange);
    target.window.removeEventListener('pagehide', flush);
  };
}
