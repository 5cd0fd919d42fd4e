import type { PathwayMap } from '../domain/schema/map';

/**
 * Undo history of one map: whole snapshots. Commands return new maps that share every unchanged
 * part with the old one, so a snapshot costs little. Consecutive changes with the same key within
 * COALESCE_MS (a typing burst in one field) make one step.
 */
export type History = { past: PathwayMap[]; future: PathwayMap[]; lastKey: string | undefined; lastAt: number };

export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 1500;

export const emptyHistory = (): History => ({ past: [], future: [], lastKey: undefined, lastAt: 0 });

export function recordChange(history: History, before: PathwayMap, key: string | undefined, now: number): History {
  if (key !== undefined && key === history.lastKey && now - history.lastAt < COALESCE_MS && history.past.length > 0) {
    return { ...history, future: [], lastAt: now };
  }
  return { past: [...history.past.slice(1 - HISTORY_LIMIT), before], future: [], lastKey: key, lastAt: now };
}

export function undo(history: History, present: PathwayMap): { history: History; map: PathwayMap } | undefined {
  const previous = history.past.at(-1);
  if (previous === undefined) return undefined;
  return {
    map: previous,
    history: { past: history.past.slice(0, -1), future: [present, ...history.future], lastKey: undefined, lastAt: 0 },
  };
}

export function redo(history: History, present: PathwayMap): { history: History; map: PathwayMap } | undefined {
  const next = history.future[0];
  if (next === undefined) return undefined;
  return {
    map: next,
    history: { past: [...history.past, present], future: history.future.slice(1), lastKey: undefined, lastAt: 0 },
  };
}
