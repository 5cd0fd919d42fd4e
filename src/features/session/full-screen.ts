import { useEffect, useState } from 'react';
import { useSessionStore } from './session-store';

/** Whether this element (or nothing) is in full screen now. */
export function useIsFullScreen(): boolean {
  const [full, setFull] = useState(() => document.fullscreenElement != null);
  useEffect(() => {
    const update = () => setFull(document.fullscreenElement != null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  return full;
}

/**
 * Puts the session page (agenda, map and panel) in full screen through the Fullscreen API. Where the
 * browser refuses (an embedded frame, an old browser), it says how to do it by hand instead.
 */
export async function toggleFullScreen(element: HTMLElement | null): Promise<void> {
  const say = useSessionStore.getState().say;
  try {
    if (document.fullscreenElement) {
      await document.exitFullscreen();
      return;
    }
    if (!element || !document.fullscreenEnabled || typeof element.requestFullscreen !== 'function') throw new Error('unavailable');
    await element.requestFullscreen();
  } catch {
    say('problem', 'This browser would not go full screen from here. Use its own full-screen key instead (F11, or Ctrl+Cmd+F on a Mac).');
  }
}
