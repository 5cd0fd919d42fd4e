import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { Background, Controls, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { PathwayMap } from '../../domain/schema/map';
import './canvas.css';
import { CanvasMiniMap } from './canvas-minimap';
import { MarkDescriptions } from './mark-descriptions';
import { markEdges, markNodes, NO_MARKS, type CanvasMarks } from './card-marks';
import { EDGE_TYPES, NODE_TYPES } from './flow-types';
import { canvasInsets, fitOptionsFor } from './canvas-insets';
import { FittedWatch } from './fitted-watch';
import { FollowMovesByKeyboard, followMovesHint } from './follow-moves-by-keyboard';
import { KeepSelectedInView } from './keep-selected-in-view';
import { MapLegend } from './map-legend';
import { RefitOnChange } from './refit-on-change';
import { RemeasureWhenPrinting } from './remeasure-when-printing';
import { busyReasons } from './busy-reasons';
import { OpenReadable } from './open-readable';
import { OpeningNote } from './opening-note';
import type { OpeningKind } from './opening-view';
import { OverviewOverlay, useOverviewMode } from './overview-mode';
import { toFlowElements } from './to-flow-elements';
import { useCanvasNodes } from './use-canvas-nodes';
import { MapMotionContext, useMapRest } from './use-map-rest';
import { LARGE_MAP_CARDS } from '../../layout/canvas-limits';
import { stepKindsOf } from '../../domain/steps/step-words';

/** The room each fit keeps clear, and two fits: the opening one (opening-view.ts) and "Fit View" (the whole map). */
function useFits() {
  const [fits] = useState(() => {
    const insets = canvasInsets();
    // "Fit View" keeps room for the note too: fitted whole, the map may be zoomed out and say so.
    return { insets, opening: fitOptionsFor(insets.clear), whole: fitOptionsFor(insets.withNote) };
  });
  return fits;
}
// A card's keyboard hint: Enter shows its details (the viewer); the arrow keys follow its moves.
const CARD_HINT = followMovesHint('Press Enter to show its details.');

type Props = {
  map: PathwayMap;
  /** The selected card, dimmed cards and a highlighted route (the viewer's state); none by default. */
  marks?: CanvasMarks;
  /** A click, Enter or Escape on a card (undefined: the selection was cleared). With it, `marks` owns the selection. */
  onSelectCard?: (occupationId: string | undefined) => void;
  /** Names how the cards are placed (e.g. 'ladder', 'laid-out'); when it changes, the view fits again. */
  arrangement?: string;
  /** The cards are still being placed (e.g. elk is laying them out): the canvas is not at rest. */
  placing?: boolean;
  /** Drawn inside React Flow, so they can use its hooks (e.g. to centre a card). */
  children?: ReactNode;
};

/**
 * The map drawn read-only: cards and arrows, a legend, an overview, zoom controls; opened as readable as
 * it can be fitted (opening-view.ts), saying so when its cards are simplified.
 * On a large map only what is on screen is drawn (LARGE_MAP_CARDS); keyboard focus then reaches visible cards.
 * Seen from afar, a large map is painted as an overview instead (overview.ts).
 */
export function MapCanvas({ map, marks = NO_MARKS, onSelectCard, arrangement = '', placing = false, children }: Props) {
  // Our own React Flow id, so a card's description can name React Flow's elements next to ours.
  const flowId = `map-canvas-${useId().replace(/[^\w-]/g, '')}`;
  const built = useMemo(() => toFlowElements(map, flowId), [map, flowId]);
  const stepKinds = useMemo(() => stepKindsOf(map.steps), [map.steps]);
  const markedNodes = useMemo(() => markNodes(built.nodes, marks, flowId), [built, marks, flowId]);
  const edges = useMemo(() => markEdges(built.edges, marks), [built, marks]);
  const { nodes, onNodesChange } = useCanvasNodes(markedNodes, onSelectCard);
  const fits = useFits();
  const [opening, setOpening] = useState<OpeningKind>();
  const fittedWhole = useCallback(() => setOpening('whole'), []);
  const { overview, shownNodes, shownEdges, overlay } = useOverviewMode(nodes, edges, marks);
  // At rest: placed, fitted on open, and no refit or centring under way.
  const rest = useMapRest();
  const [fitted, setFitted] = useState(false);
  const busyWith = busyReasons({ placing, ...rest.kinds, 'fit-on-open': !fitted });
  return (
    <div className="map-canvas" aria-label={`Pathway map: ${map.title}`} role="region" aria-busy={busyWith !== ''} data-busy-with={busyWith || undefined}>
      <MapMotionContext.Provider value={rest.start}>
        <ReactFlow
          key={map.id}
          id={flowId}
          nodes={shownNodes}
          edges={shownEdges}
          onNodesChange={onNodesChange}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          deleteKeyCode={null}
          onlyRenderVisibleElements={nodes.length > LARGE_MAP_CARDS}
          fitView
          fitViewOptions={fits.opening}
          minZoom={0.1}
          ariaLabelConfig={CARD_HINT}
        >
          <Background />
          <FittedWatch onFittedChange={setFitted} />
          <OpenReadable options={fits.opening} insets={fits.insets} onOpened={setOpening} />
          <OverviewOverlay {...overlay} />
          <MapLegend groups={map.groups} wageScales={built.wageScales} stepKinds={stepKinds} />
          {!overview && <CanvasMiniMap />}
          {!overview && <OpeningNote kind={opening} />}
          <Controls showInteractive={false} aria-label="Zoom" fitViewOptions={fits.whole} onFitView={fittedWhole} position="top-right" orientation="horizontal" />
          <RefitOnChange arrangement={arrangement} options={fits.opening} />
          <RemeasureWhenPrinting />
          <KeepSelectedInView selectedId={marks.selectedId} />
          <FollowMovesByKeyboard />
          {children}
        </ReactFlow>
      </MapMotionContext.Provider>
      {map.occupations.length === 0 && map.steps.length === 0 && <p className="map-canvas__empty">This map has no occupations yet.</p>}
      <MarkDescriptions flowId={flowId} />
    </div>
  );
}
