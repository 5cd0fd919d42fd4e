import { useCallback, useMemo, useState } from 'react';
import type { PathwayMap } from '../../domain/schema/map';
import { SaveStatusText } from '../../components/save-status-text';
import { ImportReportPanel } from '../import-export/import-report-panel';
import { useEditorCommands } from './canvas/use-editor-commands';
import { EditorCanvas } from './canvas/editor-canvas';
import { SidePanel } from './side-panel';
import { EditorNotice } from './editor-notice';
import { EditorToolbar } from './editor-toolbar';
import { FileToolbar } from './file-toolbar';
import { ShortcutsDialog } from './shortcuts-dialog';
import { useEditorShortcuts } from './use-editor-shortcuts';

/** The editor for one map: toolbar, canvas and inspector. */
export function Editor({ map }: { map: PathwayMap }) {
  const { addInView, deleteSelection } = useEditorCommands(map.id);
  const [helpOpen, setHelpOpen] = useState(false);
  const showHelp = useCallback(() => setHelpOpen(true), []);
  const handlers = useMemo(() => ({ add: addInView, help: showHelp }), [addInView, showHelp]);
  useEditorShortcuts(map.id, handlers);

  return (
    <div className="editor">
      <div className="map-page__header">
        <div>
          <h1>{map.title}</h1>
          <SaveStatusText mapId={map.id} />
        </div>
        <div className="editor__toolbars">
          <EditorToolbar map={map} onAdd={addInView} onDelete={deleteSelection} onHelp={showHelp} />
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
