import { useNodesInitialized } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from '../../layout/layout-options';
import type { PathwayMap } from '../../domain/schema/map';
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
import { ShortcutsDialog } from './shortcuts-dialog';
import { useEditorShortcuts } from './use-editor-shortcuts';

/** The editor for one map: toolbar, canvas and inspector. */
export function Editor({ map }: { map: PathwayMap }) {
  const { addInView, deleteSelection } = useEditorCommands(map.id);
  const [helpOpen, setHelpOpen] = useState(false);
  const showHelp = useCallback(() => setHelpOpen(true), []);
  const layout = useAutoLayout(map.id);
  useEffect(warmUpLayoutWhenIdle, []);
  const [layoutOptions, setLayoutOptions] = useState<LayoutOptions>(DEFAULT_LAYOUT_OPTIONS);
  const runLayout = useCallback((options: LayoutOptions) => void layout.run(options), [layout]);
  const handlers = useMemo(
    () => ({ add: addInView, help: showHelp, layout: () => runLayout(layoutOptions) }),
    [addInView, showHelp, runLayout, layoutOptions],
  );
  useEditorShortcuts(map.id, handlers);
  useLayoutWhenUnplaced(map, runLayout);

  return (
    <div className="editor">
      <div className="map-page__header">
        <div>
          <h1>{map.title}</h1>
          <SaveStatusText mapId={map.id} reasonInBanner />
        </div>
        <div className="editor__toolbars">
          <EditorToolbar map={map} onAdd={addInView} onDelete={deleteSelection} onHelp={showHelp} />
          <LayoutControls running={layout.running} options={layoutOptions} onOptionsChange={setLayoutOptions} onLayout={runLayout} />
          <FileToolbar map={map} />
        </div>
      </div>
      <EditorNotice map={map} />
      <div className="editor__workspace">
        <div className="map-page__stage">
          <ImportReportPanel />
          <EditorCanvas map={map} />
        </div>
        <SidePanel map={map} />
      </div>
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
    </div>
  );
}

/** A map with no saved positions (a sample copy, an import, a CSV) is laid out once, when opened. */
function useLayoutWhenUnplaced(map: PathwayMap, runLayout: (options: LayoutOptions) => void): void {
  const nodesMeasured = useNodesInitialized();
  const done = useRef(false);
  const unplaced = map.occupations.length > 0 && map.occupations.every((occupation) => occupation.position === undefined);
  useEffect(() => {
    if (done.current || !nodesMeasured || !unplaced) return;
    done.current = true;
    runLayout(DEFAULT_LAYOUT_OPTIONS);
  }, [nodesMeasured, unplaced, runLayout]);
}
