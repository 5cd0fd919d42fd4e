import type { Fragment } from '../domain/commands/fragment';
import { parseMap } from '../domain/parse';
import type { PathwayMap } from '../domain/schema/map';
import { serializeMap } from '../domain/serialize';

/**
 * Copied cards go to the system clipboard as a map file (the format every import reads), so they
 * paste in any tab or window, after a reload too. Paste reads it back through parseMap, like any
 * import: whatever is on the clipboard is untrusted. Both never throw: without clipboard access
 * (permission refused, an old browser) the caller falls back to the copy kept in the page.
 */
export async function writeFragment(map: PathwayMap, fragment: Fragment): Promise<boolean> {
  const clipboard = globalThis.navigator?.clipboard;
  if (typeof clipboard?.writeText !== 'function') return false;
  const copied: PathwayMap = {
    ...map,
    id: `${map.id}-copied`,
    title: `Copied from ${map.title}`,
    occupations: fragment.occupations,
    transitions: fragment.transitions,
    hiringEvents: [],
    feedback: [],
  };
  try {
    await clipboard.writeText(serializeMap(copied));
    return true;
  } catch {
    return false;
  }
}

/** The cards a map file on the clipboard holds; undefined when it holds none or can't be read. */
export async function readFragment(): Promise<Fragment | undefined> {
  const clipboard = globalThis.navigator?.clipboard;
  if (typeof clipboard?.readText !== 'function') return undefined;
  let text: string;
  try {
    text = await clipboard.readText();
  } catch {
    return undefined;
  }
  if (!text.trimStart().startsWith('{')) return undefined;
  const parsed = parseMap(text);
  if (!parsed.ok || parsed.map.occupations.length === 0) return undefined;
  return { occupations: parsed.map.occupations, transitions: parsed.map.transitions };
}

export const canReadClipboard = (): boolean => typeof globalThis.navigator?.clipboard?.readText === 'function';
