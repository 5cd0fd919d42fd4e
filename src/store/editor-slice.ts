import { original } from 'immer';
import type { StateCreator } from 'zustand';
import type { MapRecipe } from '../domain/commands/apply-command';
import { clearPasteOffset, copyFragment, pasteFragment, type Fragment } from '../domain/commands/fragment';
import { plural } from '../domain/describe';
import { idRecord, withId, type IdRecord } from '../domain/id-record';
import type { PathwayMap } from '../domain/schema/map';
import { writeFragment } from '../io/system-clipboard';
import type { AppState } from './app-store';
import { emptyHistory, recordStep, redo, undo, type Capture, type History, type Step } from './history';
import { applyRecipe } from './apply-recipe';
import { hasMap } from './library-slice';
import { applyPatches } from './patches';
import { carryIntoHistory } from './rebase';
import { EMPTY_SELECTION, selectionIn, selectionWithin, type Selection } from './selection';

export { EMPTY_SELECTION, selectionIn, type Selection } from './selection';
export type { Capture } from './history';

/**
 * How a change enters the undo history. 'step': a step of its own. 'join': the open step when it
 * was made with the same `key` a moment ago (a typing burst in one field, one drag), else a new
 * step. 'never': no step, and no undo or redo takes it away (placing cards on opening a map).
 */
export type ApplyOptions = { capture: Capture; key?: string };

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
   * The one way a map changes: runs an immer recipe on the map (a domain command, see
   * `src/domain/commands/`), stamps updatedAt, records it as `options.capture` says, and returns
   * the recipe's result (a new id, the pasted ids…); undefined when the map is not in the library.
   * A recipe that changes nothing makes no step. Autosave follows the map.
   */
  apply: <R>(mapId: string, recipe: MapRecipe<R>, options: ApplyOptions) => R | undefined;
  undo: (mapId: string) => void;
  redo: (mapId: string) => void;
  /** Selects in one map: the selection belongs to it (and to no other map). */
  select: (mapId: string, selection: Selection) => void;
  copySelection: (mapId: string) => void;
  /** Pastes `fragment` (read from the system clipboard), or else the copy kept in this page; returns the pasted occupations' ids. */
  paste: (mapId: string, fragment?: Fragment) => string[];
  duplicateSelection: (mapId: string) => void;
  showNotice: (notice: Notice | undefined) => void;
};

const PASTE_OFFSET = { x: 40, y: 40 };

export const createEditorSlice: StateCreator<AppState, [], [], EditorSlice> = (set, get) => {
  // Undo applies a step's inverse patches, redo its patches; each restores the selection of its
  // side of the step, as far as it still exists.
  const travel = (mapId: string, direction: 'undo' | 'redo') => {
    const state = get();
    const entry = state.entries[mapId];
    const history = state.histories[mapId];
    if (!entry || !history) return;
    const moved = direction === 'undo' ? undo(history, selectionIn(state, mapId)) : redo(history);
    if (!moved) return;
    const { step } = moved;
    const map = applyPatches(entry.map, direction === 'undo' ? step.inversePatches : step.patches);
    set({
      entries: withId(state.entries, mapId, { ...entry, map }),
      histories: withId(state.histories, mapId, moved.history),
      selection: selectionWithin(direction === 'undo' ? step.selectionBefore : step.selectionAfter, map),
      selectionMapId: mapId,
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

    apply: (mapId, recipe, options) => {
      const state = get();
      const entry = state.entries[mapId];
      if (!hasMap(state, mapId) || !entry) return undefined;
      const made = applyRecipe(entry.map, recipe);
      if (made.patches.length === 0) return made.result;
      const step = { patches: made.patches, inversePatches: made.inversePatches, selectionBefore: selectionIn(state, mapId), selectionAfter: selectionIn(state, mapId) };
      const history = historyAfter(state.histories[mapId], entry.map, step, options);
      const histories = history === state.histories[mapId] ? state.histories : withId(state.histories, mapId, history);
      set({ entries: withId(state.entries, mapId, { ...entry, map: made.map }), histories });
      return made.result;
    },

    undo: (mapId) => travel(mapId, 'undo'),
    redo: (mapId) => travel(mapId, 'redo'),

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
      set({ clipboard: fragment, notice: { tone: 'info', text: `Copied ${plural(ids.length, cardNoun(fragment))}.`, mapId } });
      // Also to the system clipboard, so it pastes in another tab or window, or after a reload.
      void writeFragment(entry.map, fragment);
    },

    paste: (mapId, fragment) => {
      const clipboard = fragment ?? get().clipboard;
      if (!clipboard || clipboard.occupations.length + (clipboard.steps?.length ?? 0) === 0) return [];
      const pasted = get().apply(mapId, (draft) => pasteFragment(draft, clipboard, clearPasteOffset(draft, clipboard, PASTE_OFFSET)), { capture: 'step' }) ?? [];
      if (pasted.length === 0) return pasted;
      set({
        selection: { occupationIds: pasted, transitionIds: [] },
        selectionMapId: mapId,
        notice: { tone: 'info', text: `Pasted ${plural(pasted.length, cardNoun(clipboard))}.`, mapId },
      });
      return pasted;
    },

    duplicateSelection: (mapId) => {
      const entry = get().entries[mapId];
      const ids = selectionIn(get(), mapId).occupationIds;
      if (!entry || ids.length === 0) return;
      const copies = get().apply(
        mapId,
        (draft) => {
          const fragment = copyFragment(original(draft) ?? entry.map, ids);
          return pasteFragment(draft, fragment, clearPasteOffset(draft, fragment, PASTE_OFFSET));
        },
        { capture: 'step' },
      );
      set({ selection: { occupationIds: copies ?? [], transitionIds: [] }, selectionMapId: mapId });
    },

    showNotice: (notice) => set({ notice }),
  };
};

/** What copied cards are called: occupations, or cards once steps are among them. */
const cardNoun = (fragment: Fragment) => ((fragment.steps?.length ?? 0) > 0 ? 'card' : 'occupation');

/**
 * The map's history after a change: a new or joined step, or (capture 'never') the same steps with
 * the change carried into them; none when they can't carry it (it added or removed items), which
 * leaves the history shorter but never wrong.
 */
function historyAfter(history: History | undefined, before: PathwayMap, step: Step, options: ApplyOptions): History | undefined {
  if (options.capture !== 'never') return recordStep(history ?? emptyHistory(), step, options.capture, options.key, Date.now());
  return history && carryIntoHistory(history, before, step.patches, step.inversePatches);
}
