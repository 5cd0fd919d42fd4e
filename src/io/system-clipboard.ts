import type { Fragment } from '../domain/commands/fragment';
import { fragmentAsText } from '../domain/commands/fragment-text';
import { parseMap } from '../domain/parse';
import type { PathwayMap } from '../domain/schema/map';
import { serializeMap } from '../domain/serialize';

/** The app's own clipboard format (a web custom format): a map file holding the copied cards. */
export const MAP_CLIPBOARD_TYPE = 'web application/vnd.pathway-map+json';

/**
 * Copied cards go to the system clipboard twice: as a map file in the app's own format (which every
 * import reads), so they paste in any tab or window, after a reload too; and as plain text (the
 * titles and moves), so pasting into an email or a document gives something readable. Where the
 * browser can't write both, the map file goes as plain text, as before. Never throws: without
 * clipboard access the caller falls back to the copy kept in the page.
 */
export async function writeFragment(map: PathwayMap, fragment: Fragment): Promise<boolean> {
  const clipboard = globalThis.navigator?.clipboard;
  const copied: PathwayMap = {
    ...map,
    id: `${map.id}-copied`,
    title: `Copied from ${map.title}`,
    occupations: fragment.occupations,
    steps: fragment.steps ?? [],
    transitions: fragment.transitions,
    hiringEvents: [],
    feedback: [],
  };
  const file = serializeMap(copied);
  if (typeof clipboard?.write === 'function' && typeof globalThis.ClipboardItem === 'function') {
    try {
      const item = new ClipboardItem({
        'text/plain': new Blob([fragmentAsText(fragment)], { type: 'text/plain' }),
        [MAP_CLIPBOARD_TYPE]: new Blob([file], { type: MAP_CLIPBOARD_TYPE }),
      });
      await clipboard.write([item]);
      return true;
    } catch {
      // A browser without custom formats: the map file alone, below.
    }
  }
  if (typeof clipboard?.writeText !== 'function') return false;
  try {
    await clipboard.writeText(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * What the system clipboard holds for a paste: cards (in the app's format, or a map file as text),
 * `none` when it could be read and holds no cards (something else was copied since), or
 * `unreadable` (no access: the page's own copy is then the best guess).
 */
export type ClipboardRead = { kind: 'cards'; fragment: Fragment } | { kind: 'none' } | { kind: 'unreadable' };

export async function readFragment(): Promise<ClipboardRead> {
  const clipboard = globalThis.navigator?.clipboard;
  if (typeof clipboard?.read === 'function') {
    try {
      const items = await clipboard.read();
      const own = items.find((item) => item.types.includes(MAP_CLIPBOARD_TYPE));
      if (own) return cardsIn(await (await own.getType(MAP_CLIPBOARD_TYPE)).text());
      const text = items.find((item) => item.types.includes('text/plain'));
      return text ? cardsIn(await (await text.getType('text/plain')).text()) : { kind: 'none' };
    } catch {
      // Refused, or a browser that reads text only: try that.
    }
  }
  if (typeof clipboard?.readText !== 'function') return { kind: 'unreadable' };
  try {
    return cardsIn(await clipboard.readText());
  } catch {
    return { kind: 'unreadable' };
  }
}

/** Whatever is on the clipboard is untrusted: read through parseMap, like any import. */
function cardsIn(text: string): ClipboardRead {
  if (!text.trimStart().startsWith('{')) return { kind: 'none' };
  const parsed = parseMap(text);
  if (!parsed.ok || parsed.map.occupations.length + parsed.map.steps.length === 0) return { kind: 'none' };
  // The file holds all its map's sources: the paste takes only those the cards cite (pasteFragment).
  const { occupations, steps, transitions, groups, sources } = parsed.map;
  return { kind: 'cards', fragment: { occupations, steps, transitions, groups, sources } };
}

export const canReadClipboard = (): boolean => typeof globalThis.navigator?.clipboard?.readText === 'function';
