import { mergeMaps, type MergeConflict } from '../domain/merge/three-way-merge';
import type { Autosave } from '../io/autosave';
import type { MapRepository } from '../io/library-db';
import { useAppStore } from './app-store';

const shown = (value: unknown) => {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
};
const describe = (conflict: MergeConflict) => `${conflict.path}: yours ${shown(conflict.mine)}, the other tab's ${shown(conflict.theirs)}`;

/**
 * "Keep my version" after another tab saved: merges instead of choosing. The other tab's version and
 * this tab's are merged three ways from the version both started from; the result is one undoable
 * change here, stored on top of the other tab's. Where both changed the same field, this tab's value
 * is kept and both values are shown: nothing is dropped unseen. Without a base (never stored here)
 * it falls back to storing this tab's version over the other.
 */
export async function mergeWithStored(mapId: string, context: { autosave: Autosave; repository: Pick<MapRepository, 'load'> }): Promise<void> {
  const { autosave, repository } = context;
  const mine = useAppStore.getState().entries[mapId]?.map;
  if (!mine) return;
  const base = autosave.storedMap(mapId);
  const stored = await repository.load(mapId);
  if (!base || !stored || !('map' in stored)) {
    await autosave.saveNow(mine, { force: true });
    return;
  }
  const { map, conflicts } = mergeMaps(base, mine, stored.map);
  // Based on the other tab's version from now on; the merge is then a change like any other.
  autosave.track(mapId, stored.revision, stored.savedAt, stored.map);
  useAppStore.getState().change(mapId, () => map);
  await autosave.flush();
  useAppStore.getState().showNotice(
    conflicts.length === 0
      ? { tone: 'info', text: 'Merged: the other tab’s changes and yours are both kept.' }
      : { tone: 'problem', text: `Merged with the other tab’s changes. Both changed these; yours were kept: ${conflicts.map(describe).join('; ')}.` },
  );
}
