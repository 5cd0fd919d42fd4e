import { produceWithPatches, type Patch } from './patches';
import type { MapRecipe } from '../domain/commands/apply-command';
import type { PathwayMap } from '../domain/schema/map';

export type Applied<R> = { map: PathwayMap; result: R; patches: Patch[]; inversePatches: Patch[] };

/**
 * Runs a recipe with immer, recording its patches, then stamps updatedAt (in the patches too, so
 * an undo puts back the stamp the map had, as it puts back everything else). A recipe that changes
 * nothing returns the same map and no patches.
 */
export function applyRecipe<R>(map: PathwayMap, recipe: MapRecipe<R>, now = new Date()): Applied<R> {
  const out: { result?: R } = {};
  const [changed, patches, inversePatches] = produceWithPatches(map, (draft) => {
    out.result = recipe(draft);
  });
  const result = out.result as R;
  if (patches.length === 0) return { map, result, patches, inversePatches };
  const [stamped, stamp, unstamp] = produceWithPatches(changed, (draft) => {
    draft.updatedAt = now.toISOString();
  });
  return { map: stamped, result, patches: [...patches, ...stamp], inversePatches: [...unstamp, ...inversePatches] };
}
