import type { PathwayMap } from '../domain/schema/map';

export type Selection = { occupationIds: string[]; transitionIds: string[] };
export const EMPTY_SELECTION: Selection = { occupationIds: [], transitionIds: [] };

/** The selection as the user sees it in this map: none when it was made in another map. */
export function selectionIn(state: { selection: Selection; selectionMapId: string | undefined }, mapId: string): Selection {
  return state.selectionMapId === mapId ? state.selection : EMPTY_SELECTION;
}

/** What of a selection still exists in the map (after an undo or redo, say). */
export function selectionWithin(selection: Selection, map: PathwayMap): Selection {
  // Any card: a step card is selected like an occupation card.
  const occupations = new Set([...map.occupations, ...map.steps].map((card) => card.id));
  const transitions = new Set(map.transitions.map((transition) => transition.id));
  return {
    occupationIds: selection.occupationIds.filter((id) => occupations.has(id)),
    transitionIds: selection.transitionIds.filter((id) => transitions.has(id)),
  };
}
