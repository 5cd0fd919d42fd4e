/**
 * The session's place (agenda step, who is speaking, the person speaking), kept per map in this
 * tab's sessionStorage so a reload mid-session comes back where it was. It is facilitation state,
 * not map data (the map saves itself), so it lives and dies with the tab.
 */
export type SessionPlace = { step: number; speaking: string | undefined; author: string };

const keyFor = (mapId: string) => `pathway-studio:session:${mapId}`;

/** The place remembered for a map in this tab, or none; anything unreadable is ignored. */
export function recallPlace(mapId: string): SessionPlace | undefined {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(keyFor(mapId));
  } catch {
    return undefined; // storage blocked: the session simply starts at the beginning
  }
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { step, speaking, author } = value as Record<string, unknown>;
    return {
      step: typeof step === 'number' && Number.isInteger(step) ? step : 0,
      speaking: typeof speaking === 'string' ? speaking : undefined,
      author: typeof author === 'string' ? author : '',
    };
  } catch {
    return undefined;
  }
}

export function rememberPlace(mapId: string, place: SessionPlace): void {
  try {
    sessionStorage.setItem(keyFor(mapId), JSON.stringify(place));
  } catch {
    // Storage full or blocked: a reload will start at step 1, nothing of the map is lost.
  }
}
