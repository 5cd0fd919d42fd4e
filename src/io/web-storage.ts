type Area = 'local' | 'session';

function areaOf(area: Area): Storage | undefined {
  try {
    return area === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined; // storage blocked by the browser's settings
  }
}

/**
 * A small setting kept in the browser's web storage (not a map: maps live in IndexedDB), as parsed
 * JSON; undefined when there is none, it can't be read, or storage is blocked. Check its shape: it
 * can hold anything.
 */
export function readStored(area: Area, key: string): unknown {
  try {
    const raw = areaOf(area)?.getItem(key);
    return raw === null || raw === undefined ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/** Keeps a setting; full or blocked storage is ignored (the setting then lasts until the page closes). */
export function writeStored(area: Area, key: string, value: unknown): void {
  try {
    areaOf(area)?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or blocked: nothing of a map depends on it.
  }
}
