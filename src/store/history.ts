import type { Patch } from './patches';
import type { Selection } from './selection';

/**
 * One undo step: the immer patches that made it, the inverse patches that take it back, and the
 * selection before it and after it (the one the user had when undoing it), restored with the map.
 */
export type Step = { patches: Patch[]; inversePatches: Patch[]; selectionBefore: Selection; selectionAfter: Selection };

/**
 * Undo history of one map: steps of patches, so a step costs what it changed, not the map.
 * `lastKey`/`lastAt`: the open step, which a `join` change with the same key extends for
 * COALESCE_MS (a typing burst in one field, one drag, arrow-key moves of the same cards).
 */
export type History = { past: Step[]; future: Step[]; lastKey: string | undefined; lastAt: number };

export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 1500;

export const emptyHistory = (): History => ({ past: [], future: [], lastKey: undefined, lastAt: 0 });

/** How a change enters the undo history: a step of its own, joined to the open step, or not at all. */
export type Capture = 'step' | 'join' | 'never';

/** Records a change made by `step` (capture 'step' or 'join'); the redo steps go. */
export function recordStep(history: History, step: Step, capture: 'step' | 'join', key: string | undefined, now: number): History {
  const open = history.past.at(-1);
  const joins = capture === 'join' && key !== undefined && key === history.lastKey && now - history.lastAt < COALESCE_MS;
  if (joins && open) {
    return { past: [...history.past.slice(0, -1), joined(open, step)], future: [], lastKey: key, lastAt: now };
  }
  return { past: [...history.past.slice(1 - HISTORY_LIMIT), step], future: [], lastKey: key, lastAt: now };
}

/**
 * One step made of two in a row. When both only set fields (a typing burst, one drag), the step
 * keeps the first "before" and the last "after" of each field: it stays as small as one edit.
 * (Setting fields commutes unless one path lies inside another; then the patches are kept in turn.)
 */
function joined(first: Step, then: Step): Step {
  const key = (patch: Patch) => JSON.stringify(patch.path);
  const all = [...first.patches, ...then.patches];
  const paths = new Set(all.map(key));
  const inAnother = (patch: Patch) => patch.path.some((_, n) => n > 0 && paths.has(JSON.stringify(patch.path.slice(0, n))));
  const fieldsOnly = all.every((patch) => patch.op === 'replace' && patch.path.length > 0) && !all.some(inAnother);
  if (!fieldsOnly) {
    return {
      patches: all,
      inversePatches: [...then.inversePatches, ...first.inversePatches],
      selectionBefore: first.selectionBefore,
      selectionAfter: then.selectionAfter,
    };
  }
  const firstPaths = new Set(first.patches.map(key));
  const latest = new Map(then.patches.map((patch) => [key(patch), patch]));
  return {
    patches: [...first.patches.map((patch) => latest.get(key(patch)) ?? patch), ...then.patches.filter((patch) => !firstPaths.has(key(patch)))],
    inversePatches: [...first.inversePatches, ...then.inversePatches.filter((patch) => !firstPaths.has(key(patch)))],
    selectionBefore: first.selectionBefore,
    selectionAfter: then.selectionAfter,
  };
}

/** Takes the latest step off the past: its inverse patches are applied by the caller. */
export function undo(history: History, selectionNow: Selection): { history: History; step: Step } | undefined {
  const step = history.past.at(-1);
  if (step === undefined) return undefined;
  const undone = { ...step, selectionAfter: selectionNow };
  return { step: undone, history: { past: history.past.slice(0, -1), future: [undone, ...history.future], lastKey: undefined, lastAt: 0 } };
}

/** Takes the next step off the future: its patches are applied by the caller. */
export function redo(history: History): { history: History; step: Step } | undefined {
  const step = history.future[0];
  if (step === undefined) return undefined;
  return { step, history: { past: [...history.past, step], future: history.future.slice(1), lastKey: undefined, lastAt: 0 } };
}
