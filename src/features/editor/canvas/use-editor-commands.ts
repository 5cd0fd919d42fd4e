import { useReactFlow, useStoreApi, type InternalNode } from '@xyflow/react';
import { useCallback } from 'react';
import { addOccupation } from '../../../domain/commands/occupations';
import { removeElements } from '../../../domain/commands/remove';
import { addStep } from '../../../domain/commands/steps';
import type { StepKind } from '../../../domain/schema/map';
import { useAppStore } from '../../../store/app-store';
import { selectionIn } from '../../../store/editor-slice';
import { cardFootprints } from '../../../layout/card-footprints';
import { NEW_CARD_SIZE } from '../../../layout/card-geometry';
import { nearestFreeSpot, type Size } from '../../../layout/free-spot';
import { connectInStore } from './connect-in-store';
import { toLayoutMap } from '../../../layout/layout-map';

/** The editor's actions on one map, shared by the toolbar, the canvas and keyboard shortcuts. */
export function useEditorCommands(mapId: string) {
  const { screenToFlowPosition } = useReactFlow();
  const flowStore = useStoreApi();

  /** Adds a card at `wanted` (its top-left corner) or, when a card is in the way, at the nearest free spot. */
  const addAt = useCallback(
    (wanted: { x: number; y: number }) => {
      const id = useAppStore.getState().apply(
        mapId,
        (draft) => {
          // The map in the store, not the cards drawn: a card added a moment ago may not be drawn yet.
          const taken = cardFootprints(toLayoutMap(draft), measuredSizes(flowStore.getState().nodeLookup));
          const position = nearestFreeSpot(wanted, NEW_CARD_SIZE, taken);
          // A new job starts at the map's first level (v1's 'entry').
          const level = draft.levels[0]?.id;
          return addOccupation(draft, { title: 'New occupation', position, ...(level !== undefined && { level }) });
        },
        { capture: 'step' },
      );
      if (id !== undefined) useAppStore.getState().select(mapId, { occupationIds: [id], transitionIds: [] });
    },
    [mapId, flowStore],
  );

  /** The top-left corner that puts a new card in the middle of what the user is looking at. */
  const middleOfView = useCallback(() => {
    // React Flow's own element: the canvas of this editor, whatever else is on the page.
    const canvas = flowStore.getState().domNode?.getBoundingClientRect();
    const centre = screenToFlowPosition(canvas ? { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 } : { x: 0, y: 0 });
    return { x: centre.x - NEW_CARD_SIZE.width / 2, y: centre.y - NEW_CARD_SIZE.height / 2 };
  }, [flowStore, screenToFlowPosition]);

  /** Adds a card in the middle of what the user is looking at. */
  const addInView = useCallback(() => addAt(middleOfView()), [addAt, middleOfView]);

  /** Adds a step card of one kind in the middle of the view (or the nearest free spot), selected for editing. */
  const addStepInView = useCallback(
    (kind: StepKind) => {
      const wanted = middleOfView();
      const id = useAppStore.getState().apply(
        mapId,
        (draft) => {
          const taken = cardFootprints(toLayoutMap(draft), measuredSizes(flowStore.getState().nodeLookup));
          // Like a new job, a new step starts at the map's first level.
          const level = draft.levels[0]?.id;
          return addStep(draft, kind, { position: nearestFreeSpot(wanted, NEW_CARD_SIZE, taken), ...(level !== undefined && { level }) });
        },
        { capture: 'step' },
      );
      if (id !== undefined) useAppStore.getState().select(mapId, { occupationIds: [id], transitionIds: [] });
    },
    [mapId, flowStore, middleOfView],
  );

  /** Connects two cards (refused with a visible reason when the format forbids it) and selects the new move. */
  const connectCards = useCallback(
    (from: string, to: string) => {
      const id = connectInStore(mapId, from, to);
      if (id !== undefined) useAppStore.getState().select(mapId, { occupationIds: [], transitionIds: [id] });
    },
    [mapId],
  );

  /** Removes occupations and moves (an occupation takes its moves with it) in one undo step. */
  const deleteElements = useCallback(
    (ids: readonly string[]) => {
      if (ids.length === 0) return;
      useAppStore.getState().apply(mapId, (draft) => removeElements(draft, ids), { capture: 'step' });
      useAppStore.getState().select(mapId, { occupationIds: [], transitionIds: [] });
    },
    [mapId],
  );

  const deleteSelection = useCallback(() => {
    const selection = selectionIn(useAppStore.getState(), mapId);
    deleteElements([...selection.occupationIds, ...selection.transitionIds]);
  }, [deleteElements, mapId]);

  return { addAt, addInView, addStepInView, connectCards, deleteElements, deleteSelection };
}

/** The size React Flow drew each card at (cards not measured yet are left out). */
function measuredSizes(lookup: ReadonlyMap<string, InternalNode>): Map<string, Size> {
  const sizes = new Map<string, Size>();
  for (const [id, node] of lookup) {
    const { width, height } = node.measured;
    if (width && height) sizes.set(id, { width, height });
  }
  return sizes;
}
