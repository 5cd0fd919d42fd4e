import { useNodesInitialized } from '@xyflow/react';
import { busyReasons } from '../canvas/busy-reasons';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { createDrawnWatch } from '../canvas/drawn-watch';
import { MapMotionContext, useMapRest } from '../canvas/use-map-rest';
import type { LayoutOptions } from '../../layout/layout-options';
import type { PathwayMap, StepKind } from '../../domain/schema/map';
import { AddStepControls } from './add-step-controls';
import { SaveStatusText } from '../../components/save-status-text';
import { ImportReportPanel } from '../import-export/import-report-panel';
import { useEditorCommands } from './canvas/use-editor-commands';
import { EditorCanvas } from './canvas/editor-canvas';
import { SidePanel } from './side-panel';
import { EditorNotice } from './editor-notice';
import { EditorToolbar } from './editor-toolbar';
import { FileToolbar } from './file-toolbar';
import { LayoutControls } from './layout-controls';
import { useAutoLayout } from './use-auto-layout';
import { warmUpLayoutWhenIdle } from '../layout/layout-service';
import { useLayoutPreferences } from './layout-preferences';
import { ShortcutsDialog } from './shortcuts-dialog';
import { useEditorShortcuts } from './use-editor-shortcuts';

/** The editor for one map: toolbar, canvas and inspector. */
export function Editor({ map }: { map: PathwayMap }) {
  const { addInView, addStepInView, deleteSelection } = useEditorCommands(map.id);
  const [stepKind, setStepKind] = useState<StepKind>('credential');
  const [helpOpen, setHelpOpen] = useState(false);
  const showHelp = useCallback(() => setHelpOpen(true), []);
  const rest = useMapRest();
  const canvasElement = useRef<HTMLDivElement>(null);
  const [drawn] = useState(createDrawnWatch<PathwayMap>);
  const layout = useAutoLayout(map.id, useMemo(() => ({ rest, element: canvasElement, drawn }), [rest, drawn]));
  useEffect(warmUpLayoutWhenIdle, []);
  const [layoutOptions, setLayoutOptions] = useLayoutPreferences();
  const runLayout = useCallback((options: LayoutOptions) => void layout.run(options), [layout]);
  const handlers = useMemo(
    () => ({
      add: addInView,
      addStep: () => addStepInView(stepKind),
      delete: deleteSelection,
      help: showHelp,
      layout: () => runLayout(layoutOptions),
    }),
    [addInView, addStepInView, stepKind, deleteSelection, showHelp, runLayout, layoutOptions],
  );
  const actionContext = useEditorShortcuts(map.id, handlers);
  const placing = usePlaceUnplacedCards(map, layout.placeUnplaced);
  const moving = placing || rest.busy;
  const movingWith = busyReasons({ placing, ...rest.kinds });
  useSelectionScopedTo(map.id);

  return (
    // Busy until the cards are placed and while a layout runs (the canvas says so too, and more precisely).
    <div className="editor" aria-busy={moving}>
      <div className="map-page__header">
        <div>
          <h1>{map.title}</h1>
          <SaveStatusText mapId={map.id} reasonInBanner />
        </div>
        <div className="editor__toolbars">
          <EditorToolbar map={map} context={actionContext} />
          <AddStepControls kind={stepKind} onKindChange={setStepKind} context={actionContext} />
          <LayoutControls running={placing || layout.running} options={layoutOptions} onOptionsChange={setLayoutOptions} context={actionContext} />
          <FileToolbar map={map} />
        </div>
      </div>
      <EditorNotice map={map} />
      <div className="editor__workspace">
        <div className="map-page__stage">
          <ImportReportPanel />
          <EditorCanvas map={map} movingWith={movingWith} element={canvasElement} drawn={drawn} />
        </div>
        {/* Its health findings glide the view to a card: the canvas is busy meanwhile. */}
        <MapMotionContext.Provider value={rest.start}>
          <SidePanel map={map} />
        </MapMotionContext.Provider>
      </div>
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
    </div>
  );
}

/** The selection belongs to this map: one made in another map is dropped on entering, and this one on leaving. */
function useSelectionScopedTo(mapId: string): void {
  useLayoutEffect(() => {
    useAppStore.getState().enterMap(mapId);
    return () => useAppStore.getState().leaveMap(mapId);
  }, [mapId]);
}

/**
 * Cards without a saved position (all of them in a sample copy, an import or a CSV; the new ones
 * after a CSV merge) are placed once their cards are on the canvas. That is part of opening the
 * map, or of the merge: it makes no undo step, and no undo or redo takes the places away, unlike "Auto layout".
 * Returns whether cards are still waiting for their place.
 */
function usePlaceUnplacedCards(map: PathwayMap, placeUnplaced: () => Promise<void>): boolean {
  const nodesMeasured = useNodesInitialized();
  const started = useRef('');
  const [finished, setFinished] = useState('');
  const unplaced = map.occupations.flatMap((occupation) => (occupation.position === undefined ? [occupation.id] : [])).join('\n');
  useEffect(() => {
    // Each set of unplaced cards is tried once: a failed layout is not retried on every render.
    if (!nodesMeasured || unplaced === '' || started.current === unplaced) return;
    started.current = unplaced;
    void placeUnplaced().then(() => setFinished(unplaced));
  }, [nodesMeasured, unplaced, placeUnplaced]);
  return unplaced !== '' && finished !== unplaced;
}
