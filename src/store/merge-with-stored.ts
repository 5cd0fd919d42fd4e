import { replaceMap } from '../domain/commands/replace-map';
import { mergeMaps } from '../domain/merge/three-way-merge';
import type { Autosave } from '../io/autosave';
import type { MapRepository } from '../io/library-db';
import { useAppStore } from './app-store';
import { questionsFor, resolveBy, useMergeQuestions, type MergeAnswer } from './merge-questions';

export type MergeContext = { autosave: Autosave; repository: Pick<MapRepository, 'load'> };
export type MergeOptions = {
  /** The user's choices for fields both tabs changed. */
  answers?: readonly MergeAnswer[];
  /** Without a known base: true stores this tab's version over the other ("Keep my version"); false leaves the choice to the user. */
  keepMineWithoutBase?: boolean;
};

/**
 * This tab's save was refused because another tab saved first: the two versions are merged instead
 * of one being chosen. They are merged three ways from the version both started from (the one this
 * tab last loaded or saved); the result is one undoable change here, stored on top of the other
 * tab's. Where both changed the same field, the user is asked which value to keep (see
 * `useMergeQuestions`); until they answer nothing is stored and nothing is dropped.
 */
export async function mergeWithStored(mapId: string, context: MergeContext, options: MergeOptions = {}): Promise<void> {
  const { autosave, repository } = context;
  const questions = useMergeQuestions.getState();
  questions.set(mapId, { kind: 'merging' });
  let stored: Awaited<ReturnType<MapRepository['load']>>;
  try {
    stored = await repository.load(mapId);
  } catch {
    stored = undefined;
  }
  // Read after loading: an edit made meanwhile is part of "mine".
  const mine = useAppStore.getState().entries[mapId]?.map;
  const base = autosave.storedMap(mapId);
  if (!mine || !base || !stored || !('map' in stored)) {
    questions.set(mapId, undefined);
    if (mine && options.keepMineWithoutBase === true) await autosave.saveNow(mine, { force: true });
    return;
  }
  const { map, conflicts } = mergeMaps(base, mine, stored.map, resolveBy(options.answers ?? []));
  if (conflicts.length > 0) {
    questions.set(mapId, { kind: 'asking', questions: questionsFor(conflicts, [base, mine, stored.map]) });
    return;
  }
  // Based on the other tab's version from now on; the merge is then a change like any other.
  autosave.track(mapId, stored.revision, stored.savedAt, stored.map);
  useAppStore.getState().apply(mapId, (draft) => replaceMap(draft, map), { capture: 'step' });
  questions.set(mapId, undefined);
  await autosave.flush();
  useAppStore.getState().showNotice({ tone: 'info', text: 'Merged with the other tab’s changes: both tabs’ edits are kept.', mapId });
}

/** Whether a merge for this map is running or waiting for the user: a new refusal then starts none. */
export const isMerging = (mapId: string): boolean => useMergeQuestions.getState().byMap.has(mapId);
