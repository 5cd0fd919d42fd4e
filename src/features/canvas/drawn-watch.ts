/**
 * What a canvas last drew (e.g. the map, which the editor canvas renders deferred), and a way to wait
 * until it has drawn what the store holds: a layout is not done while its positions are not on screen.
 */
export type DrawnWatch<T> = {
  /** Called by the canvas after each commit with what it drew. */
  drew: (value: T) => void;
  current: () => T | undefined;
  subscribe: (listener: () => void) => () => void;
  /** Resolves once `test` holds for what was drawn, or when `signal` aborts. */
  until: (test: (drawn: T | undefined) => boolean, signal: AbortSignal) => Promise<void>;
};

export function createDrawnWatch<T>(): DrawnWatch<T> {
  let drawn: T | undefined;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return {
    drew(value) {
      if (Object.is(value, drawn)) return;
      drawn = value;
      listeners.forEach((listener) => listener());
    },
    current: () => drawn,
    subscribe,
    until(test, signal) {
      return new Promise((resolve) => {
        const check = () => {
          if (!signal.aborted && !test(drawn)) return;
          unsubscribe();
          signal.removeEventListener('abort', check);
          resolve();
        };
        const unsubscribe = subscribe(check);
        signal.addEventListener('abort', check);
        check();
      });
    },
  };
}
