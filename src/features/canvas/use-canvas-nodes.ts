import { useCallback } from 'react';
import type { NodeChange } from '@xyflow/react';
import type { CardFlowNode } from './to-flow-elements';
import { useHeldNodes } from './use-held-nodes';

/**
 * The read-only canvas's nodes (useHeldNodes): React Flow's changes (sizes, selection) apply to them,
 * and the built nodes carry their marks, selection among them.
 *
 * With `onSelect`, selection is not kept here: clicks and Enter/Escape on a card are reported to it,
 * and whoever owns the selection builds it into the nodes (`selected`).
 */
export function useCanvasNodes(built: CardFlowNode[], onSelect?: (occupationId: string | undefined) => void) {
  const { nodes, applyChanges } = useHeldNodes(built);
  const onNodesChange = useCallback(
    (changes: NodeChange<CardFlowNode>[]) => {
      // The canvas is read-only: a card is never removed from it (Backspace would otherwise hide one).
      let kept = changes.filter((change) => change.type !== 'remove');
      if (onSelect) {
        const picks = kept.filter((change) => change.type === 'select');
        if (picks.length > 0) onSelect(picks.find((change) => change.selected)?.id);
        kept = kept.filter((change) => change.type !== 'select');
      }
      applyChanges(kept);
    },
    [onSelect, applyChanges],
  );
  return { nodes, onNodesChange };
}
