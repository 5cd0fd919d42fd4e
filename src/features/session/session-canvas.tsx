import {
  applyNodeChanges,
  Background,
  Controls,
  ReactFlow,
  type EdgeChange,
  type FitViewOptions,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { busyReasons } from '../canvas/busy-reasons';
import { memo, useCallback, useMemo, useState } from 'react';
import type { Feedback, PathwayMap } from '../../domain/schema/map';
import '../canvas/canvas.css';
import { FittedWatch } from '../canvas/fitted-watch';
import { MapLegend } from '../canvas/map-legend';
import { MapMotionContext, useMapRest } from '../canvas/use-map-rest';
import { LARGE_MAP_CARDS } from '../../layout/canvas-limits';
import { FitOnResize } from './fit-on-resize';
import { sessionElements, type SessionFlowNode, type SessionNodeData, type SessionTally } from './session-elements';
import { SESSION_EDGE_TYPES, SESSION_NODE_TYPES } from './session-flow-types';
import { useSessionStore, WHOLE_MAP, type SessionTarget } from './session-store';

const FIT_VIEW: FitViewOptions = { padding: 0.06 };

/**
 * The map on the projector: read-only cards with their vote tallies and pending markers. One card or
 * one arrow can be selected (click, or Tab then Enter): it is what the next vote or remark is about;
 * clicking the background selects the whole map.
 */
export const SessionCanvas = memo(function SessionCanvas({
  map,
  tallies,
  pending,
  arrangement,
  placing,
}: {
  map: PathwayMap;
  tallies: ReadonlyMap<string, SessionTally>;
  pending: readonly Feedback[];
  /** Changes when the cards are placed anew (laid out): the view is fitted again. */
  arrangement: string;
  /** The cards are still being laid out: the map is not at rest yet. */
  placing: boolean;
}) {
  const target = useSessionStore((state) => state.target);
  const built = useMemo(() => sessionElements(map, tallies, pending), [map, tallies, pending]);
  const selectedId = target.kind === 'map' ? undefined : target.id;

  const [held, setHeld] = useState(() => ({ built, selectedId, nodes: withSelection(built.nodes, [], selectedId) }));
  let nodes = held.nodes;
  if (held.built !== built || held.selectedId !== selectedId) {
    nodes = withSelection(built.nodes, held.nodes, selectedId);
    setHeld({ built, selectedId, nodes });
  }
  const edges = useMemo(
    () => built.edges.map((edge) => (edge.type === 'transition' ? { ...edge, selected: edge.id === selectedId } : edge)),
    [built, selectedId],
  );

  const onNodesChange = useCallback((changes: NodeChange<SessionFlowNode>[]) => {
    setHeld((current) => ({ ...current, nodes: applyNodeChanges(changes, current.nodes) }));
    pickTarget(changes, 'occupation');
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => pickTarget(changes, 'transition'), []);
  const onPaneClick = useCallback(() => useSessionStore.getState().setTarget(WHOLE_MAP), []);
  // At rest: laid out, fitted on open, and no refit under way.
  const rest = useMapRest();
  const [fitted, setFitted] = useState(false);
  const busyWith = busyReasons({ placing, ...rest.kinds, 'fit-on-open': !fitted });

  return (
    <div className="map-canvas session-canvas" role="region" aria-label={`Session map: ${map.title}`} aria-busy={busyWith !== ''} data-busy-with={busyWith || undefined}>
      <MapMotionContext.Provider value={rest.start}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onPaneClick={onPaneClick}
          nodeTypes={SESSION_NODE_TYPES}
          edgeTypes={SESSION_EDGE_TYPES}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable
          edgesFocusable
          multiSelectionKeyCode={null}
          selectionKeyCode={null}
          deleteKeyCode={null}
          onlyRenderVisibleElements={nodes.length > LARGE_MAP_CARDS}
          fitView
          fitViewOptions={FIT_VIEW}
          minZoom={0.1}
        >
          <Background />
          <FittedWatch onFittedChange={setFitted} />
          {/* Folded at first: on a projector the cards need the room. */}
          <MapLegend groups={map.groups} wageScales={built.wageScales} folded />
          <FitOnResize arrangement={arrangement} />
          <Controls showInteractive={false} aria-label="Zoom" />
        </ReactFlow>
      </MapMotionContext.Provider>
    </div>
  );
});

/**
 * The built nodes with the one selected card marked. An unchanged card keeps its previous node object,
 * so React Flow redraws only the cards a vote or a remark changed (a remark on a 2,000-card map
 * should not redraw every card); a changed one keeps the size React Flow measured.
 */
function withSelection(
  built: readonly SessionFlowNode[],
  previous: readonly SessionFlowNode[],
  selectedId: string | undefined,
): SessionFlowNode[] {
  const before = new Map(previous.map((node) => [node.id, node]));
  return built.map((node) => {
    const old = before.get(node.id);
    const selected = node.id === selectedId;
    if (
      old &&
      (old.selected ?? false) === selected &&
      old.position.x === node.position.x &&
      old.position.y === node.position.y &&
      sameData(old.data, node.data)
    ) {
      return old;
    }
    return old?.measured || selected ? { ...node, selected, measured: old?.measured } : node;
  });
}

function sameData(a: SessionNodeData, b: SessionNodeData): boolean {
  const keys = Object.keys(a) as (keyof SessionNodeData)[];
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

/**
 * React Flow reports clicks and Enter on a focused card or arrow as 'select' changes. The newly
 * selected element becomes the target; unselecting the target (a click elsewhere) leaves the whole map.
 */
function pickTarget(changes: readonly (NodeChange | EdgeChange)[], kind: 'occupation' | 'transition'): void {
  const store = useSessionStore.getState();
  const picked = changes.find((change) => change.type === 'select' && change.selected);
  if (picked && picked.type === 'select') {
    store.setTarget({ kind, id: picked.id } as SessionTarget);
    return;
  }
  const current = store.target;
  const dropped = changes.some((change) => change.type === 'select' && !change.selected && current.kind === kind && current.id === change.id);
  if (dropped) store.setTarget(WHOLE_MAP);
}
