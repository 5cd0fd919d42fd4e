import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';

/** One motion on a canvas (a layout landing, a fit): `signal` aborts when a newer one of its kind starts or the canvas goes. */
export type Motion = { signal: AbortSignal; end: () => void };
export type StartMotion = (kind: string) => Motion;
export type MapRest = {
  /** True while anything on the canvas is still moving: cards being placed or gliding, the view fitting. */
  busy: boolean;
  /** Whether a motion of this kind is under way (e.g. 'layout', for the button's "Laying out…"). */
  busyWith: (kind: string) => boolean;
  /** Each kind of motion and whether one is under way: the canvas's busy reasons. */
  kinds: Readonly<Record<string, boolean>>;
  start: StartMotion;
};

/**
 * The canvas's "at rest" state: it is busy from the start of a motion until its `end()`. A newer
 * motion of the same kind supersedes the older one (its signal aborts, so its timers stop); leaving
 * the page aborts them all.
 */
export function useMapRest(): MapRest {
  const [counts, setCounts] = useState<Readonly<Record<string, number>>>({});
  const latest = useRef(new Map<string, AbortController>());
  useEffect(() => {
    const controllers = latest.current;
    return () => controllers.forEach((controller) => controller.abort());
  }, []);

  const start = useCallback<StartMotion>((kind) => {
    latest.current.get(kind)?.abort();
    const controller = new AbortController();
    latest.current.set(kind, controller);
    setCounts((before) => ({ ...before, [kind]: (before[kind] ?? 0) + 1 }));
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      if (latest.current.get(kind) === controller) latest.current.delete(kind);
      setCounts((before) => ({ ...before, [kind]: (before[kind] ?? 1) - 1 }));
    };
    return { signal: controller.signal, end };
  }, []);

  return useMemo(
    () => ({
      busy: Object.values(counts).some((count) => count > 0),
      busyWith: (kind: string) => (counts[kind] ?? 0) > 0,
      kinds: Object.fromEntries(Object.entries(counts).map(([kind, count]) => [kind, count > 0])),
      start,
    }),
    [counts, start],
  );
}

const NO_CANVAS: StartMotion = () => ({ signal: new AbortController().signal, end: () => {} });

/** Lets what moves a canvas from inside it (a refit, centring on a card) keep the canvas busy meanwhile. */
export const MapMotionContext = createContext<StartMotion>(NO_CANVAS);

export function useStartMotion(): StartMotion {
  return useContext(MapMotionContext);
}
