import { useSyncExternalStore } from 'react';

/**
 * Whether a map is being printed. Paper has no zoom: while this is set, cards draw what they would at
 * reading zoom whatever the screen's zoom (zoom.ts). Set by whoever prints the map (the viewer's print
 * fit), inside react-dom's flushSync in a beforeprint handler, so the cards are redrawn before the
 * browser lays the page out for paper; cleared after printing.
 */
let printing = false;
const listeners = new Set<() => void>();

export function setPrinting(value: boolean): void {
  if (printing === value) return;
  printing = value;
  for (const listener of listeners) listener();
}

export function isPrinting(): boolean {
  return printing;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while a map is being printed; the component re-renders when it starts and ends. */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, isPrinting, isPrinting);
}
