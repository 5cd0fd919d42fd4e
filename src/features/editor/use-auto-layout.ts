import { useReactFlow } from '@xyflow/react';
import { useCallback, type RefObject } from 'react';
import { cardsOf } from '../../domain/cards';
import { moveOccupations } from '../../domain/commands/occupations';
import type { PathwayMap } from '../../domain/schema/map';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions, type Point } from '../../layout/layout-options';
import { useAppStore } from '../../store/app-store';
import type { DrawnWatch } from '../canvas/drawn-watch';
import { FIT_MS, GLIDE_MS, nextFrame, prefersReducedMotion, waitFor } from '../canvas/motion';
import { fitAndSettle } from '../canvas/refit';
import type { MapRest } from '../canvas/use-map-rest';
import { layOut, layoutSizes } from '../layout/layout-service';

export type AutoLayoutState = {
  /** From the request until the cards stand still in their new places and the view has fitted. */
  running: boolean;
  /** "Auto layout": the user's action, one undo step. */
  run: (options: LayoutOptions) => Promise<void>;
  /**
   * Places the cards that have no position around those that have one. Part of whatever left
   * them unplaced (opening a sample copy or an import, a CSV merge): not an undo step of its own,
   * and no undo or redo takes the places away (capture 'never').
   */
  placeUnplaced: () => Promise<void>;
};

/** The editor canvas, as the layout needs it: its element (to glide the cards) and the map it last drew. */
export type LayoutCanvas = { rest: MapRest; element: RefObject<HTMLDivElement | null>; drawn: DrawnWatch<PathwayMap> };

const AROUND_PLACED_CARDS: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, keepPinned: true };
const GLIDING = 'map-canvas--gliding';

const placedIds = (map: PathwayMap) => new Set(cardsOf(map).filter((card) => card.position !== undefined).map((card) => card.id));

/**
 * Lays the open map out in the worker. The canvas stays usable meanwhile; a newer request drops an
 * older one's result (and its timers); cards glide to their new places; the view then fits. Only
 * then is the layout done: the canvas stays busy (and the button says "Laying out…") until all of
 * that is over, so nobody hears "done" while the cards still move.
 */
export function useAutoLayout(mapId: string, canvas: LayoutCanvas): AutoLayoutState {
  const { getNodes, fitView } = useReactFlow();
  const { rest, element, drawn } = canvas;
  const { start } = rest;

  const layOutAndApply = useCallback(
    async (options: LayoutOptions, pinned: ReadonlySet<string>, apply: (positions: ReadonlyMap<string, Point>) => void) => {
      const map = useAppStore.getState().entries[mapId]?.map;
      if (!map || cardsOf(map).length === 0) return;
      const motion = start('layout');
      const { signal } = motion;
      try {
        const result = await layOut(map, layoutSizes(getNodes()), options, pinned);
        if (signal.aborted || result.status === 'superseded') return;
        if (result.status === 'failed') {
          useAppStore.getState().showNotice({ tone: 'problem', text: `Auto layout failed: ${result.message} The map is unchanged.` });
          return;
        }
        const still = prefersReducedMotion();
        if (!still) element.current?.classList.add(GLIDING);
        apply(result.positions);
        // The canvas draws the map deferred: wait until it shows what the store now holds, and a
        // frame more, so the new transforms are on the page and the glide has begun.
        await drawn.until((shown) => shown === useAppStore.getState().entries[mapId]?.map, signal);
        await nextFrame(signal);
        if (!still) await waitFor(GLIDE_MS, signal);
        if (signal.aborted) return; // a newer layout owns the glide now
        element.current?.classList.remove(GLIDING);
        const duration = still ? 0 : FIT_MS;
        await fitAndSettle(fitView, { duration, maxZoom: 1, includeHiddenNodes: true }, signal);
      } finally {
        // Unless a newer layout owns it, no glide outlives this one (nor a failure).
        if (!signal.aborted) element.current?.classList.remove(GLIDING);
        motion.end();
      }
    },
    [mapId, getNodes, fitView, start, element, drawn],
  );

  const run = useCallback(
    (options: LayoutOptions) => {
      const pinned = new Set(options.keepPinned ? (useAppStore.getState().placedByHand[mapId] ?? []) : []);
      return layOutAndApply(options, pinned, (positions) => {
        useAppStore.getState().apply(mapId, (draft) => moveOccupations(draft, positions), { capture: 'step' });
        useAppStore.getState().clearPlacedByHand(mapId);
      });
    },
    [mapId, layOutAndApply],
  );

  const placeUnplaced = useCallback(() => {
    const map = useAppStore.getState().entries[mapId]?.map;
    if (!map) return Promise.resolve();
    return layOutAndApply(AROUND_PLACED_CARDS, placedIds(map), (positions) =>
      useAppStore.getState().apply(
        mapId,
        (draft) => {
          // Only cards still without a place move: one the user placed meanwhile stays where it is.
          const unplaced = new Set(cardsOf(draft).flatMap((card) => (card.position === undefined ? [card.id] : [])));
          moveOccupations(draft, new Map([...positions].filter(([id]) => unplaced.has(id))));
        },
        { capture: 'never' },
      ),
    );
  }, [mapId, layOutAndApply]);

  return { running: rest.busyWith('layout'), run, placeUnplaced };
}
