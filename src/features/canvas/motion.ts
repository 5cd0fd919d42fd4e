/**
 * The timing of what moves on a canvas: cards gliding to new places and the view fitting. Shared by
 * the code that starts a motion and the code that waits for it to end, so "done" means still.
 */

/** How long cards glide to a layout's new places (the CSS transition reads it from --glide-ms). */
export const GLIDE_MS = 300;
/** How long the view takes to fit the map after a layout. */
export const FIT_MS = 300;
/**
 * xyflow's fitView/setCenter promise resolves when its animation ends, but never when a newer view
 * change (a user's zoom) interrupts it: this long after the animation's length it counts as over.
 */
const VIEW_ANIMATION_GRACE_MS = 1_000;

export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Resolves after `ms`, or at once when `signal` aborts (a newer request, an unmount). */
export function waitFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

/** Resolves on the next animation frame (the browser has drawn what was committed), or when `signal` aborts. */
export function nextFrame(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      cancelAnimationFrame(frame);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const frame = requestAnimationFrame(done);
    signal.addEventListener('abort', done);
  });
}

/** Resolves when a view animation of `durationMs` has ended (or was interrupted), or when `signal` aborts. */
export function viewSettled(animation: Promise<unknown>, durationMs: number, signal: AbortSignal): Promise<void> {
  const interrupted = new AbortController();
  const abort = () => interrupted.abort();
  signal.addEventListener('abort', abort);
  return Promise.race([
    animation.then(() => undefined, () => undefined),
    waitFor(durationMs + VIEW_ANIMATION_GRACE_MS, interrupted.signal),
  ]).finally(() => {
    signal.removeEventListener('abort', abort);
    interrupted.abort(); // clears the fallback timer
  });
}
