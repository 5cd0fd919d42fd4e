import { elementIdList, readableMapId, withReadableIds } from '../domain/commands/readable-ids';
import { getId, withId, withoutId } from '../domain/id-record';
import type { PathwayMap } from '../domain/schema/map';
import { readPublished, recordPublished } from '../io/published-ids';
import { useAppStore } from './app-store';
import { selectionIn } from './editor-slice';
import { hasMap } from './library-slice';

/**
 * Makes a map ready to leave the app (export, sheet, picture of its ids): titled cards still under
 * a placeholder id get readable ids, a map still called untitled-map takes its id from its title,
 * and the ids are recorded as published, so they never change again. Returns the map to write.
 */
export function publishMap(mapId: string): PathwayMap | undefined {
  const state = useAppStore.getState();
  const entry = state.entries[mapId];
  if (!hasMap(state, mapId) || !entry) return undefined;
  if (entry.source === 'sample') return entry.map; // samples never change, and ship with fixed ids
  const published = readPublished(mapId);
  const before = entry.map;
  // Not an undo step of its own, and carried into the history: an undo never brings back a
  // placeholder id that a file may now hold.
  state.apply(mapId, (draft) => withReadableIds(draft, published.ids), { capture: 'never' });
  const readable = useAppStore.getState().entries[mapId]?.map;
  if (readable && readable !== before) followSelection(before, readable);
  const finalId = followTitle(mapId);
  const map = useAppStore.getState().entries[finalId]?.map;
  if (map) recordPublished(finalId, elementIdList(map));
  return map;
}

/**
 * A device map still under a placeholder id (untitled-map) that was never published takes its id
 * from its title, when it has one; returns the map's id after.
 */
export function followTitle(mapId: string): string {
  const state = useAppStore.getState();
  const entry = state.entries[mapId];
  if (!hasMap(state, mapId) || !entry || entry.source === 'sample') return mapId;
  const newId = readableMapId(entry.map, readPublished(mapId).mapId, new Set(Object.keys(state.entries)));
  if (newId === null) return mapId;
  moveMap(mapId, newId);
  return newId;
}

/** Renamed cards stay selected (their positions in the list are unchanged). */
function followSelection(before: PathwayMap, after: PathwayMap) {
  const renamed = new Map(before.occupations.map((occupation, index) => [occupation.id, after.occupations[index]?.id ?? occupation.id]));
  const movesRenamed = new Map(before.transitions.map((transition, index) => [transition.id, after.transitions[index]?.id ?? transition.id]));
  const state = useAppStore.getState();
  const selection = selectionIn(state, before.id);
  state.select(before.id, {
    occupationIds: selection.occupationIds.map((id) => renamed.get(id) ?? id),
    transitionIds: selection.transitionIds.map((id) => movesRenamed.get(id) ?? id),
  });
}

/** The map moves to its new id: library entry, order, undo history and save status (storage follows). */
function moveMap(oldId: string, newId: string) {
  useAppStore.setState((state) => {
    const entry = state.entries[oldId];
    if (!entry) return {};
    // The undo steps are patches of fields, never of the map's id: they move as they are.
    return {
      entries: withId(withoutId(state.entries, oldId), newId, { ...entry, map: { ...entry.map, id: newId } }),
      order: state.order.map((id) => (id === oldId ? newId : id)),
      histories: withId(withoutId(state.histories, oldId), newId, getId(state.histories, oldId)),
      placedByHand: withId(withoutId(state.placedByHand, oldId), newId, getId(state.placedByHand, oldId)),
      selectionMapId: state.selectionMapId === oldId ? newId : state.selectionMapId,
    };
  });
}
