import { enablePatches, type Patch } from 'immer';
import type { Selection } from './selection';

// Undo steps are immer patches: the store records them (produceWithPatches) and applies them.
enablePatches();

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

/** One step made of two in a row. A burst that sets the same fields again keeps only the first "before" and the last "after". */
function joined(first: Step, then: Step): Step {
  const replacesOnly = (patches: Patch[]) => patches.every((patch) => patch.op === 'replace');
  const paths = (patches: Patch[]) => new Set(patches.map((patch) => JSON.stringify(patch.path)));
  const samePaths = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((path) => b.has(path));
  const overwrites = replacesOnly(first.patches) && replacesOnly(then.patches) && samePaths(paths(first.patches), paths(then.patches));
  return {
    patches: overwrites ? then.patches : [...first.patches, ...then.patches],
    inversePatches: overwrites ? first.inversePatches : [...then.inversePatches, ...first.inversePatches],
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
