import { enablePatches } from 'immer';

// Undo steps are immer patches. Called once, here: the store takes patch functions from this module.
enablePatches();

export { applyPatches, produceWithPatches, type Patch } from 'immer';
