import { readStored, writeStored } from '../../io/web-storage';

/**
 * The session's place (agenda step, who is speaking, the person speaking), kept per map so a reload
 * or a new tab mid-session comes back where it was. It is facilitation state, not map data (the map
 * saves itself): it is kept in this tab's sessionStorage, and in localStorage for a new tab. A tab
 * reloading takes its own place first, so two tabs on one session don't move each other's place.
 */
export type SessionPlace = {
  step: number;
  speaking: string | undefined;
  author: string;
  /** The person speaking for each organization: choosing another organization never keeps the last one's person. */
  authors: ReadonlyMap<string, string>;
  /** A remark half typed: a reload must not lose it. */
  remarkDraft: string;
};

const keyFor = (mapId: string) => `pathway-studio:session:${mapId}`;

/** The place remembered for a map in this tab, else the last one any tab used; anything unreadable is ignored. */
export function recallPlace(mapId: string): SessionPlace | undefined {
  return readPlace(readStored('session', keyFor(mapId))) ?? readPlace(readStored('local', keyFor(mapId)));
}

function readPlace(value: unknown): SessionPlace | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { step, speaking, author, authors, remarkDraft } = value as Record<string, unknown>;
  return {
    step: typeof step === 'number' && Number.isInteger(step) ? step : 0,
    speaking: typeof speaking === 'string' ? speaking : undefined,
    author: typeof author === 'string' ? author : '',
    authors: new Map(Array.isArray(authors) ? authors.filter(isTextPair) : []),
    remarkDraft: typeof remarkDraft === 'string' ? remarkDraft : '',
  };
}

const isTextPair = (pair: unknown): pair is [string, string] =>
  Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string';

/** Storage full or blocked: a reload will start at step 1, nothing of the map is lost. */
export function rememberPlace(mapId: string, place: SessionPlace): void {
  const stored = { ...place, authors: [...place.authors] };
  writeStored('session', keyFor(mapId), stored);
  writeStored('local', keyFor(mapId), stored);
}
