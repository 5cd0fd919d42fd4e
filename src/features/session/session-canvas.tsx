import {
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
import { FollowMovesByKeyboard, followMovesHint } from '../canvas/follow-moves-by-keyboard';
import { MapLegend } from '../canvas/map-legend';
import { OverviewOverlay, useOverviewMode } from '../canvas/overview-mode';
import { RefitOnResize } from '../canvas/refit-on-resize';
import { useHeldNodes } from '../canvas/use-held-nodes';
import { MapMotionContext, useMapRest } from '../canvas/use-map-rest';
import { LARGE_MAP_CARDS } from '../../layout/canvas-limits';
import { stepKindsOf } from '../../domain/steps/step-words';
import { sessionElements, type SessionFlowNode, type SessionTally } from './session-elements';
import { SESSION_EDGE_TYPES, SESSION_NODE_TYPES } from './session-flow-types';
import { useSessionStore, WHOLE_MAP, type SessionTarget } from './session-store';

// Cards hidden in the overview of a large map still count when fitting.
const FIT_VIEW: FitViewOptions = { padding: 0.06, includeHiddenNodes: true };
// A card's keyboard hint: Enter makes it the target; the arrow keys follow its moves.
const CARD_HINT = followMovesHint('Press Enter to make it what the next vote or remark is about.');

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
  const stepKinds = useMemo(() => stepKindsOf(map.steps), [map.steps]);
  const selectedId = target.kind === 'map' ? undefined : target.id;

  // One card selected at most: an unchanged card keeps its node object, so a remark on a 2,000-card
  // map redraws only the cards it changed (mergeNodes).
  const selectedIds = useMemo(() => new Set(selectedId === undefined ? [] : [selectedId]), [selectedId]);
  const { nodes, applyChanges } = useHeldNodes(built.nodes, selectedIds);
  const edges = useMemo(
    () => built.edges.map((edge) => (edge.type === 'transition' ? { ...edge, selected: edge.id === selectedId } : edge)),
    [built, selectedId],
  );

  // Seen from afar, a large map is painted as an overview, as in the viewer and editor: drawing the
  // thousands of arrows that cross the view took most of the renderer's memory at the limits.
  const { shownNodes, shownEdges, overlay } = useOverviewMode(nodes, edges);
  // A step card is its own kind of target: the room remarks on it, but votes are for occupations.
  const stepIds = useMemo(() => new Set(map.steps.map((step) => step.id)), [map.steps]);

  const onNodesChange = useCallback(
    (changes: NodeChange<SessionFlowNode>[]) => {
      applyChanges(changes);
      pickTarget(changes, (id) => (stepIds.has(id) ? 'step' : 'occupation'));
    },
    [applyChanges, stepIds],
  );
  const onEdgesChange = useCallback((changes: EdgeChange[]) => pickTarget(changes, () => 'transition'), []);
  const onPaneClick = useCallback(() => useSessionStore.getState().setTarget(WHOLE_MAP), []);
  // At rest: laid out, fitted on open, and no refit under way.
  const rest = useMapRest();
  const [fitted, setFitted] = useState(false);
  const busyWith = busyReasons({ placing, ...rest.kinds, 'fit-on-open': !fitted });

  return (
    <div className="map-canvas session-canvas" role="region" aria-label={`Session map: ${map.title}`} aria-busy={busyWith !== ''} data-busy-with={busyWith || undefined}>
      <MapMotionContext.Provider value={rest.start}>
        <ReactFlow
          nodes={shownNodes}
          edges={shownEdges}
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
          ariaLabelConfig={CARD_HINT}
        >
          <Background />
          <FittedWatch onFittedChange={setFitted} />
          <OverviewOverlay {...overlay} />
          {/* Folded at first: on a projector the cards need the room. */}
          <MapLegend groups={map.groups} wageScales={built.wageScales} stepKinds={stepKinds} folded />
          <RefitOnResize arrangement={arrangement} options={FIT_VIEW} />
          <Controls showInteractive={false} aria-label="Zoom" />
          <FollowMovesByKeyboard />
        </ReactFlow>
      </MapMotionContext.Provider>
    </div>
  );
});

/**
 * React Flow reports clicks and Enter on a focused card or arrow as 'select' changes. The newly
 * selected element becomes the target; unselecting the target (a click elsewhere) leaves the whole map.
 */
function pickTarget(changes: readonly (NodeChange | EdgeChange)[], kindOf: (id: string) => Exclude<SessionTarget['kind'], 'map'>): void {
  const store = useSessionStore.getState();
  const picked = changes.find((change) => change.type === 'select' && change.selected);
  if (picked && picked.type === 'select') {
    store.setTarget({ kind: kindOf(picked.id), id: picked.id });
    return;
  }
  const current = store.target;
  const dropped = changes.some((change) => change.type === 'select' && !change.selected && current.kind !== 'map' && current.id === change.id);
  if (dropped) store.setTarget(WHOLE_MAP);
}
