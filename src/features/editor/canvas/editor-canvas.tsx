import {
  Background,
  Controls,
  ReactFlow,
  useReactFlow,
  useStoreApi,
  type Edge,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore, type CSSProperties, type MouseEvent, type RefObject } from 'react';
import { moveOccupations } from '../../../domain/commands/occupations';
import { moveSteps } from '../../../domain/commands/steps';
import type { PathwayMap } from '../../../domain/schema/map';
import { useAppStore } from '../../../store/app-store';
import { selectionIn, type Selection } from '../../../store/editor-slice';
import { CanvasMiniMap } from '../../canvas/canvas-minimap';
import { busyReasons } from '../../canvas/busy-reasons';
import type { DrawnWatch } from '../../canvas/drawn-watch';
import { FittedWatch } from '../../canvas/fitted-watch';
import { GLIDE_MS } from '../../canvas/motion';
import { SeveralSelected } from '../../canvas/several-selected';
import { EDGE_TYPES, NODE_TYPES } from '../../canvas/flow-types';
import { OverviewOverlay, useOverviewMode } from '../../canvas/overview-mode';
import { LARGE_MAP_CARDS } from '../../../layout/canvas-limits';
import { toFlowElements, type CardFlowNode } from '../../canvas/to-flow-elements';
import { useHeldNodes } from '../../canvas/use-held-nodes';
import { cardUnderDrop, type EndedConnection } from './card-under-drop';
import { useEditorCommands } from './use-editor-commands';

// Fitting one new card would blow it up to twice its size. Cards hidden in the overview still count.
const FIT_VIEW = { maxZoom: 1, includeHiddenNodes: true };
// The cards' glide (styles.css) lasts exactly as long as the layout waits for it.
const GLIDE_STYLE = { '--glide-ms': `${GLIDE_MS}ms` } as CSSProperties;

type Props = {
  map: PathwayMap;
  /** Why cards are being placed or gliding, or the view fitting (the editor's layout): '' when none. */
  movingWith: string;
  element: RefObject<HTMLDivElement | null>;
  /** Told which map the canvas has drawn: a change is done only once it is on screen. */
  drawn: DrawnWatch<PathwayMap>;
};

/**
 * The editable canvas: a region that says whether the map is at rest (`aria-busy`), around the
 * cards. Busy while the editor moves cards or the view, and while the cards drawn lag behind the map.
 */
export function EditorCanvas({ map, movingWith, element, drawn }: Props) {
  const shown = useSyncExternalStore(drawn.subscribe, drawn.current);
  const [fitted, setFitted] = useState(false);
  const busyWith = [movingWith, busyReasons({ drawing: shown !== map, 'fit-on-open': !fitted })].filter(Boolean).join(' ');
  return (
    <div
      ref={element}
      className="map-canvas editor-canvas"
      role="region"
      aria-label={`Pathway map editor: ${map.title}`}
      aria-busy={busyWith !== ''}
      data-busy-with={busyWith || undefined}
      style={GLIDE_STYLE}
    >
      <EditorFlow map={map} drawn={drawn} onFittedChange={setFitted} />
    </div>
  );
}

type FlowProps = Pick<Props, 'map' | 'drawn'> & { onFittedChange: (fitted: boolean) => void };

/**
 * Memoised: the editor around it re-renders for toolbar state (e.g. "Laying out…"), and re-rendering
 * React Flow with thousands of cards blocked the page for a third of a second.
 *
 * React Flow holds the nodes while a card is dragged (smooth, no store traffic); the move is
 * written to the map once, when the drag ends: one drag, one undo step.
 */
const EditorFlow = memo(function EditorFlow({ map: latestMap, drawn, onFittedChange }: FlowProps) {
  // Deferred: a change (a layout landing, a keystroke in the inspector) first answers the user, and
  // the canvas catches up in a render React can interrupt. On a 2,000-card map, rebuilding the cards
  // in the same task as the change blocked the page for over 50 ms.
  const map = useDeferredValue(latestMap);
  useEffect(() => drawn.drew(map), [drawn, map]);
  const selection = useAppStore((state) => selectionIn(state, map.id));
  const { addAt, connectCards, deleteElements } = useEditorCommands(map.id);
  const { screenToFlowPosition } = useReactFlow();
  const flowStore = useStoreApi();

  const built = useMemo(() => toFlowElements(map), [map]);
  const selectedIds = useMemo(() => new Set([...selection.occupationIds, ...selection.transitionIds]), [selection]);
  // React Flow holds the nodes (a drag moves only them); the map and the store's selection are merged in.
  const { nodes, applyChanges } = useHeldNodes(built.nodes, selectedIds);
  const edges = useMemo<Edge[]>(
    () => built.edges.map((edge) => ({ ...edge, selected: selectedIds.has(edge.id) })),
    [built, selectedIds],
  );

  const { overview, shownNodes, shownEdges, overlay } = useOverviewMode(nodes, edges);

  const onNodesChange = useCallback(
    (changes: NodeChange<CardFlowNode>[]) => {
      applyChanges(changes);
      applySelectionChanges(map.id, changes, 'occupationIds');
      // A finished drag or an arrow-key move reports dragging: false; only then is the map changed.
      const settled = changes.filter((change) => change.type === 'position' && change.dragging === false && change.position);
      if (settled.length === 0) return;
      const positions = new Map(settled.flatMap((change) => (change.type === 'position' && change.position ? [[change.id, change.position]] : [])));
      const key = `move:${[...positions.keys()].sort().join(',')}`;
      useAppStore.getState().apply(
        map.id,
        (draft) => {
          moveOccupations(draft, positions);
          moveSteps(draft, positions);
        },
        { capture: 'join', key },
      );
      useAppStore.getState().markPlacedByHand(map.id, [...positions.keys()]);
    },
    [map.id, applyChanges],
  );

  const onEdgesChange = useCallback((changes: EdgeChange[]) => applySelectionChanges(map.id, changes, 'transitionIds'), [map.id]);

  // A drag from a handle that ends anywhere on another card connects to it, not only on its dot.
  const onConnectEnd = useCallback(
    (event: globalThis.MouseEvent | TouchEvent, state: EndedConnection) => {
      const dropped = cardUnderDrop(event, state, flowStore.getState().domNode);
      if (dropped) connectCards(dropped.from, dropped.to);
    },
    [connectCards, flowStore],
  );

  const onPaneDoubleClick = (event: MouseEvent) => {
    if (!(event.target instanceof Element) || !event.target.classList.contains('react-flow__pane')) return;
    addAt(screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  return (
    <SeveralSelected.Provider value={selection.occupationIds.length > 1}>
      <ReactFlow
        nodes={shownNodes}
        edges={shownEdges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        edgeTypes={EDGE_TYPES}
        onEdgesChange={onEdgesChange}
        onConnect={({ source, target }) => connectCards(source, target)}
        onConnectEnd={onConnectEnd}
        onDelete={({ nodes: gone, edges: goneEdges }) => deleteElements([...gone, ...goneEdges].map((item) => item.id))}
        onDoubleClick={onPaneDoubleClick}
        deleteKeyCode={null /* Delete and Backspace are editor shortcuts (shortcuts.ts) */}
        selectionKeyCode="Shift"
        multiSelectionKeyCode="Shift"
        zoomOnDoubleClick={false}
        fitView
        fitViewOptions={FIT_VIEW}
        minZoom={0.1}
        onlyRenderVisibleElements={nodes.length > LARGE_MAP_CARDS}
      >
        <Background />
        <FittedWatch onFittedChange={onFittedChange} />
        <OverviewOverlay {...overlay} />
        <Controls fitViewOptions={FIT_VIEW} aria-label="Zoom" />
        {/* The minimap draws the cards React Flow holds: none in the overview, which shows the whole map anyway. */}
        {!overview && <CanvasMiniMap />}
      </ReactFlow>
    </SeveralSelected.Provider>
  );
});

/**
 * Clicks, Shift+clicks and box selection arrive as 'select' changes; they update the store's
 * selection, which flows back into the nodes' and edges' `selected`. (Feeding onSelectionChange
 * back instead makes React Flow and the store chase each other's intermediate states.)
 */
function applySelectionChanges(mapId: string, changes: readonly (NodeChange | EdgeChange)[], list: keyof Selection): void {
  const picks = changes.filter((change) => change.type === 'select');
  if (picks.length === 0) return;
  const { select } = useAppStore.getState();
  const selection = selectionIn(useAppStore.getState(), mapId);
  const ids = new Set(selection[list]);
  for (const pick of picks) {
    if (pick.type !== 'select') continue;
    if (pick.selected) ids.add(pick.id);
    else ids.delete(pick.id);
  }
  select(mapId, { ...selection, [list]: [...ids] });
}
