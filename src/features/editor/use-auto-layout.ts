import { useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { moveOccupations } from '../../domain/commands/occupations';
import type { PathwayMap } from '../../domain/schema/map';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions, type Point } from '../../layout/layout-options';
import { useAppStore } from '../../store/app-store';
import { layOut, layoutSizes } from '../layout/layout-service';

export type AutoLayoutState = {
  running: boolean;
  /** "Auto layout": the user's action, one undo step. */
  run: (options: LayoutOptions) => Promise<void>;
  /**
   * Places the cards that have no position around those that have one. Part of whatever left
   * them unplaced (opening a sample copy or an import, a CSV merge), so it joins that undo step.
   */
  placeUnplaced: () => Promise<void>;
};

const ANIMATION_MS = 350;
const AROUND_PLACED_CARDS: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, keepPinned: true };

const placedIds = (map: PathwayMap) => new Set(map.occupations.filter((o) => o.position !== undefined).map((o) => o.id));

/**
 * Lays the open map out in the worker. The canvas stays usable meanwhile; a newer request drops an
 * older one's result; cards glide to their new places; the view then fits.
 */
export function useAutoLayout(mapId: string): AutoLayoutState {
  const { getNodes, fitView } = useReactFlow();
  const [running, setRunning] = useState(false);

  const layOutAndApply = useCallback(
    async (options: LayoutOptions, pinned: ReadonlySet<string>, apply: (positions: ReadonlyMap<string, Point>) => void) => {
      const map = useAppStore.getState().entries[mapId]?.map;
      if (!map || map.occupations.length === 0) return;
      setRunning(true);
      const result = await layOut(map, layoutSizes(getNodes()), options, pinned);
      if (result.status === 'superseded') return;
      setRunning(false);
      if (result.status === 'failed') {
        useAppStore.getState().showNotice({ tone: 'problem', text: `Auto layout failed: ${result.message} The map is unchanged.` });
        return;
      }
      const canvas = document.querySelector('.editor-canvas');
      canvas?.classList.add('map-canvas--gliding');
      apply(result.positions);
      setTimeout(() => {
        canvas?.classList.remove('map-canvas--gliding');
        void fitView({ duration: 300, maxZoom: 1, includeHiddenNodes: true });
      }, ANIMATION_MS);
    },
    [mapId, getNodes, fitView],
  );

  const run = useCallback(
    (options: LayoutOptions) => {
      const pinned = new Set(options.keepPinned ? (useAppStore.getState().placedByHand[mapId] ?? []) : []);
      return layOutAndApply(options, pinned, (positions) => {
        useAppStore.getState().change(mapId, (current) => moveOccupations(current, positions));
        useAppStore.getState().clearPlacedByHand(mapId);
      });
    },
    [mapId, layOutAndApply],
  );

  const placeUnplaced = useCallback(() => {
    const map = useAppStore.getState().entries[mapId]?.map;
    if (!map) return Promise.resolve();
    return layOutAndApply(AROUND_PLACED_CARDS, placedIds(map), (positions) =>
      useAppStore.getState().settle(mapId, (current) => {
        // Only cards still without a place move: one the user placed meanwhile stays where it is
        // (and a map in the undo history without these cards is left as it is).
        const unplaced = new Set(current.occupations.flatMap((occupation) => (occupation.position === undefined ? [occupation.id] : [])));
        const toPlace = new Map([...positions].filter(([id]) => unplaced.has(id)));
        return toPlace.size === 0 ? current : moveOccupations(current, toPlace);
      }),
    );
  }, [mapId, layOutAndApply]);

  return { running, run, placeUnplaced };
}
