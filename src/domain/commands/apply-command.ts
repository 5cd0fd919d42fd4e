import { createDraft, finishDraft, type Draft } from 'immer';
import type { PathwayMap } from '../schema/map';

/**
 * A change to a map, written as an immer recipe: it mutates the draft and may return a result to
 * its caller (a new id, the pasted ids, an outcome). The store applies recipes with undo; code that
 * only needs the changed map (an import, a session rule, a picture) applies them here.
 */
export type MapRecipe<R = void> = (draft: Draft<PathwayMap>) => R;

/** Applies a recipe outside the store: the new map (the same object when nothing changed) and the recipe's result. */
export function applyCommand<R>(map: PathwayMap, recipe: MapRecipe<R>): { map: PathwayMap; result: R } {
  const draft = createDraft(map);
  const result = recipe(draft);
  return { map: finishDraft(draft) as PathwayMap, result };
}
