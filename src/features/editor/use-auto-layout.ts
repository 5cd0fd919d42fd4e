import { useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { moveOccupations } from '../../domain/commands/occupations';
import type { LayoutOptions } from '../../layout/layout-options';
import { useAppStore } from '../../store/app-store';
import { layOut, layoutSizes } from '../layout/layout-service';

export type AutoLayoutState = { running: boolean; run: (options: LayoutOptions) => Promise<void> };

const ANIMATION_MS = 350;

/**
 * Lays the open map out in the worker. The canvas stays usable meanwhile; a newer request drops an
 * older one's result; the new positions are one undo step; cards glide to them; the view then fits.
 */
export function useAutoLayout(mapId: string): AutoLayoutState {
  const { getNodes, fitView } = useReactFlow();
  const [running, setRunning] = useState(false);

  const run = useCallback(
    async (options: LayoutOptions) => {
      const store = useAppStore.getState();
      const map = store.entries[mapId]?.map;
      if (!map || map.occupations.length === 0) return;
      setRunning(true);
      const pinned = new Set(options.keepPinned ? (store.placedByHand[mapId] ?? []) : []);
      const result = await layOut(map, layoutSizes(getNodes()), options, pinned);
      if (result.status === 'superseded') return;
      setRunning(false);
      if (result.status === 'failed') {
        useAppStore.getState().showNotice({ tone: 'problem', text: `Auto layout failed: ${result.message} The map is unchanged.` });
        return;
      }
      const canvas = document.querySelector('.editor-canvas');
      canvas?.classList.add('map-canvas--gliding');
      useAppStore.getState().change(mapId, (current) => moveOccupations(current, result.positions));
      useAppStore.getState().clearPlacedByHand(mapId);
      setTimeout(() => {
        canvas?.classList.remove('map-canvas--gliding');
        void fitView({ duration: 300, maxZoom: 1, includeHiddenNodes: true });
      }, ANIMATION_MS);
    },
    [mapId, getNodes, fitView],
  );

  return { running, run };
}
