import { useCallback, useState } from 'react';
import { applyNodeChanges, type Node, type NodeChange } from '@xyflow/react';
import { mergeNodes } from './merge-nodes';

type Held<N extends Node> = { built: readonly N[]; selectedIds: ReadonlySet<string> | undefined; nodes: N[] };

/**
 * The nodes React Flow draws, held in component state so that React Flow's changes (measured sizes,
 * selection, a drag) apply to them; without this, controlled nodes never learn their measured size.
 * When the built nodes or the selection change, they are merged in during render (React's pattern
 * for state that follows props; mergeNodes says what is kept). Every canvas holds its nodes this way.
 */
export function useHeldNodes<N extends Node>(built: readonly N[], selectedIds?: ReadonlySet<string>) {
  const [held, setHeld] = useState<Held<N>>(() => ({ built, selectedIds, nodes: mergeNodes(built, [], selectedIds) }));
  let nodes = held.nodes;
  if (held.built !== built || held.selectedIds !== selectedIds) {
    nodes = mergeNodes(built, held.nodes, selectedIds);
    setHeld({ built, selectedIds, nodes });
  }
  const applyChanges = useCallback((changes: NodeChange<N>[]) => {
    if (changes.length > 0) setHeld((current) => ({ ...current, nodes: applyNodeChanges(changes, current.nodes) }));
  }, []);
  return { nodes, applyChanges };
}
