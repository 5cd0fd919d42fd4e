import { useMemo } from 'react';
import { removeElements } from '../../../domain/commands/remove';
import { useAppStore } from '../../../store/app-store';
import { connectInStore } from '../canvas/connect-in-store';
import { titleOf } from './transition-form';

/** What the inspector's "Moves" section can do to a map's moves. */
export type MoveActions = {
  /** Adds a move (one undo step); false when the model refused it, e.g. a duplicate, with the reason shown. */
  add: (from: string, to: string) => boolean;
  /** Removes one move (one undo step). */
  remove: (transitionId: string) => void;
  /** Selects one move, so the inspector shows it. */
  select: (transitionId: string) => void;
};

/**
 * The actions on the app store. Adding goes through the same command as dragging on the canvas, so
 * both refuse the same moves with the same message; unlike dragging, the occupation stays selected
 * (so several moves can be added in a row) and the new move is announced.
 */
export function useStoreMoveActions(mapId: string): MoveActions {
  return useMemo(
    () => ({
      add: (from, to) => {
        const id = connectInStore(mapId, from, to);
        if (id === undefined) return false;
        const map = useAppStore.getState().entries[mapId]?.map;
        if (map) useAppStore.getState().showNotice({ tone: 'info', text: `Added a move from “${titleOf(map, from)}” to “${titleOf(map, to)}”.` });
        return true;
      },
      remove: (transitionId) => {
        const { entries, apply, showNotice } = useAppStore.getState();
        const map = entries[mapId]?.map;
        const move = map?.transitions.find((transition) => transition.id === transitionId);
        if (!map || !move) return;
        apply(mapId, (draft) => removeElements(draft, [transitionId]), { capture: 'step' });
        showNotice({ tone: 'info', text: `Removed the move from “${titleOf(map, move.from)}” to “${titleOf(map, move.to)}”.` });
      },
      select: (transitionId) => useAppStore.getState().select(mapId, { occupationIds: [], transitionIds: [transitionId] }),
    }),
    [mapId],
  );
}
