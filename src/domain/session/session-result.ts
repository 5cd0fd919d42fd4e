import type { PathwayMap } from '../schema/map';

/** What a session action returns: the new map, or why nothing was changed (a sentence to show). */
export type SessionResult = { ok: true; map: PathwayMap } | { ok: false; reason: string };
