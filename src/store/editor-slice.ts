import type { StateCreator } from 'zustand';
import { clearPasteOffset, copyFragment, pasteFragment, type Fragment } from '../domain/commands/fragment';
import { plural } from '../domain/describe';
import { idRecord, withId, type IdRecord } from '../domain/id-record';
import type { PathwayMap } from '../domain/schema/map';
import { writeFragment } from '../io/system-clipboard';
import type { AppState } from './app-store';
import { emptyHistory, recordChange, redo, undo, type History } from './history';
import { hasMap } from './library-slice';

export type Selection = { occupationIds: string[]; transitionIds: string[] };
export const EMPTY_SELECTION: Selection = { occupationIds: [], transitionIds: [] };

/**
 * A short message about the last action, e.g. why a connection was refused. `mapId`: the map it is
 * about (a copy, a paste, a merge); it shows only there, never in the next map opened.
 */
export type Notice = { tone: 'info' | 'problem'; text: string; mapId?: string };

export type EditorSlice = {
  histories: IdRecord<History | undefined>;
  /** What is selected in the map `selectionMapId`; read it through `selectionIn(state, mapId)`. */
  selection: Selection;
  /**
   * The map the selection belongs to. Maps share card ids (every "New occupation" is
   * `new-occupation`), so a selection carried into another map would act on cards never selected there.
   */
  selectionMapId: string | undefined;
  /** The editor opened a map: a selection made in another map is dropped. */
  enterMap: (mapId: string) => void;
  /** The editor closed a map: its selection goes with it. */
  leaveMap: (mapId: string) => void;
  clipboard: Fragment | undefined;
  notice: Notice | undefined;
  /** Cards the user dragged since the last auto layout, per map: "Keep cards I moved" keeps these. */
  placedByHand: IdRecord<string[] | undefined>;
  markPlacedByHand: (mapId: string, ids: readonly string[]) => void;
  clearPlacedByHand: (mapId: string) => void;
  /**
   * The one way a map changes: applies a pure command, records one undo step (or extends the
   * current one when `key` repeats within a typing burst), stamps updatedAt. Autosave follows.
   */
  change: (mapId: string, command: (map: PathwayMap) => PathwayMap, key?: string) => void;
  /**
   * A change that is not the user's own step: placing the cards of a map that opens without
   * positions (part of opening it), or placing the new cards of a CSV merge (part of the merge).
   * It joins the latest undo step, or makes none when there is none; it is autosaved like any change.
   * It is applied to the undo history's maps too, so undoing an edit made while the cards were being
   * placed does not take their places away. So `command` must only fill in what is missing, and
   * return its map unchanged when there is nothing to fill in.
   */
  settle: (mapId: string, command: (map: PathwayMap) => PathwayMap) => void;
  undo: (mapId: string) => void;
  redo: (mapId: string) => void;
  /** Selects in one map: the selection belongs to it (and to no other map). */
  select: (mapId: string, selection: Selection) => void;
  copySelection: (mapId: string) => void;
  /** Pastes `fragment` (read from the system clipboard), or else the copy kept in this page. */
  paste: (mapId: string, fragment?: Fragment) => void;
  duplicateSelection: (mapId: string) => void;
  showNotice: (notice: Notice | undefined) => void;
};

const PASTE_OFFSET = { x: 40, y: 40 };

export const createEditorSlice: StateCreator<AppState, [], [], EditorSlice> = (set, get) => {
  // Undo and redo move between snapshots; the selection keeps what still exists in the restored map.
  const travel = (mapId: string, step: typeof undo) => {
    const state = get();
    const entry = state.entries[mapId];
    const history = state.histories[mapId];
    if (!entry || !history) return;
    const moved = step(history, entry.map);
    if (!moved) return;
    set({
      entries: withId(state.entries, mapId, { ...entry, map: moved.map }),
      histories: withId(state.histories, mapId, moved.history),
      selection: selectionWithin(selectionIn(state, mapId), moved.map),
    });
  };

  return {
    histories: idRecord<History | undefined>(),
    selection: EMPTY_SELECTION,
    selectionMapId: undefined,
    clipboard: undefined,
    notice: undefined,
    placedByHand: idRecord<string[] | undefined>(),

    markPlacedByHand: (mapId, ids) =>
      set((state) => ({ placedByHand: withId(state.placedByHand, mapId, [...new Set([...(state.placedByHand[mapId] ?? []), ...ids])]) })),
    clearPlacedByHand: (mapId) => set((state) => ({ placedByHand: withId(state.placedByHand, mapId, undefined) })),

    change: (mapId, command, key) => {
      const state = get();
      const entry = state.entries[mapId];
      if (!hasMap(state, mapId) || !entry) return;
      const next = command(entry.map);
      if (next === entry.map) return;
      const history = recordChange(state.histories[mapId] ?? emptyHistory(), entry.map, key, Date.now());
      set({
        entries: withId(state.entries, mapId, { ...entry, map: { ...next, updatedAt: new Date().toISOString() } }),
        histories: withId(state.histories, mapId, history),
      });
    },

    settle: (mapId, command) => {
      const state = get();
      const entry = state.entries[mapId];
      if (!hasMap(state, mapId) || !entry) return;
      const next = command(entry.map);
      if (next === entry.map) return;
      const history = state.histories[mapId];
      set({
        entries: withId(state.entries, mapId, { ...entry, map: { ...next, updatedAt: new Date().toISOString() } }),
        histories: history ? withId(state.histories, mapId, { ...history, past: history.past.map(command), future: history.future.map(command) }) : state.histories,
      });
    },

    undo: (mapId) => travel(mapId, undo),
    redo: (mapId) => travel(mapId, redo),

    select: (mapId, selection) => set({ selection, selectionMapId: mapId }),
    enterMap: (mapId) => {
      if (get().selectionMapId !== mapId) set({ selection: EMPTY_SELECTION, selectionMapId: mapId });
    },
    leaveMap: (mapId) => {
      if (get().selectionMapId === mapId) set({ selection: EMPTY_SELECTION, selectionMapId: undefined });
      if (get().notice?.mapId === mapId) set({ notice: undefined });
    },

    copySelection: (mapId) => {
      const entry = get().entries[mapId];
      const ids = selectionIn(get(), mapId).occupationIds;
      if (!entry || ids.length === 0) return;
      const fragment = copyFragment(entry.map, ids);
      set({ clipboard: fragment, notice: { tone: 'info', text: `Copied ${plural(ids.length, 'occupation')}.`, mapId } });
      // Also to the system clipboard, so it pastes in another tab or window, or after a reload.
      void writeFragment(entry.map, fragment);
    },

    paste: (mapId, fragment) => {
      const clipboard = fragment ?? get().clipboard;
      if (!clipboard || clipboard.occupations.length === 0) return;
      let pasted: string[] = [];
      get().change(mapId, (map) => {
        const result = pasteFragment(map, clipboard, clearPasteOffset(map, clipboard, PASTE_OFFSET));
        pasted = result.occupationIds;
        return result.map;
      });
      if (pasted.length === 0) return;
      set({
        selection: { occupationIds: pasted, transitionIds: [] },
        selectionMapId: mapId,
        notice: { tone: 'info', text: `Pasted ${plural(pasted.length, 'occupation')}.`, mapId },
      });
    },

    duplicateSelection: (mapId) => {
      const entry = get().entries[mapId];
      const ids = selectionIn(get(), mapId).occupationIds;
      if (!entry || ids.length === 0) return;
      let copies: string[] = [];
      get().change(mapId, (map) => {
        const fragment = copyFragment(map, ids);
        const result = pasteFragment(map, fragment, clearPasteOffset(map, fragment, PASTE_OFFSET));
        copies = result.occupationIds;
        return result.map;
      });
      set({ selection: { occupationIds: copies, transitionIds: [] }, selectionMapId: mapId });
    },

    showNotice: (notice) => set({ notice }),
  };
};

/** The selection as the user sees it in this map: none when it was made in another map. */
export function selectionIn(state: Pick<EditorSlice, 'selection' | 'selectionMapId'>, mapId: string): Selection {
  return state.selectionMapId === mapId ? state.selection : EMPTY_SELECTION;
}

function selectionWithin(selection: Selection, map: PathwayMap): Selection {
  const occupations = new Set(map.occupations.map((occupation) => occupation.id));
  const transitions = new Set(map.transitions.map((transition) => transition.id));
  return {
    occupationIds: selection.occupationIds.filter((id) => occupations.has(id)),
    transitionIds: selection.transitionIds.filter((id) => transitions.has(id)),
  };
}
