import type { FitViewOptions } from '@xyflow/react';
import { viewSettled, waitFor } from './motion';
import type { StartMotion } from './use-map-rest';

/** React Flow's fitView (from useReactFlow): its promise resolves when the fit's animation ends. */
export type FitView = (options?: FitViewOptions) => Promise<boolean>;

/**
 * The one way a canvas fits its view: calls fitView now and resolves once the view is still (its
 * promise, or its length and a grace when a user's zoom interrupts it: motion.ts), or at once when
 * `signal` aborts.
 */
export function fitAndSettle(fitView: FitView, options: FitViewOptions, signal: AbortSignal): Promise<void> {
  return viewSettled(fitView(options), options.duration ?? 0, signal);
}

/**
 * A refit as a motion of its own ('fit', use-map-rest.ts): the canvas is busy from this call until
 * the fit has landed, and a newer refit supersedes it. With `pauseMs` it waits first (a resize
 * comes in several steps) and fits only if nothing newer came meanwhile; without, fitView is called
 * at once, in the caller's commit, so what waits on React Flow's queued fit (centring on a card) sees it.
 */
export function startRefit(start: StartMotion, fitView: FitView, options: FitViewOptions, pauseMs?: number): Promise<void> {
  const motion = start('fit');
  const { signal } = motion;
  const settled =
    pauseMs === undefined
      ? fitAndSettle(fitView, options, signal)
      : waitFor(pauseMs, signal).then(() => (signal.aborted ? undefined : fitAndSettle(fitView, options, signal)));
  return settled.then(motion.end);
}
