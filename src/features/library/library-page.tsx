import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { useCsvImportDialog } from '../csv/use-csv-import-dialog';
import { ImportMapButton } from '../import-export/import-map-button';
import { ImportReportPanel } from '../import-export/import-report-panel';
import { useAppStore } from '../../store/app-store';
import { LibraryCard } from './library-card';
import { LibraryNotices } from './library-notices';
import { RenameDialog } from './rename-dialog';
import { UnreadableMaps } from './unreadable-maps';

/** / — the maps on this device; the bundled samples are always there to start from. */
export function LibraryPage() {
  const entries = useAppStore(useShallow((state) => state.order.map((id) => state.entries[id])));
  const createMap = useAppStore((state) => state.createMap);
  const navigate = useNavigate();
  const [renaming, setRenaming] = useState<string | undefined>();
  const csvImport = useCsvImportDialog();

  const newMap = () => void navigate(`/maps/${encodeURIComponent(createMap('Untitled map'))}/edit`);

  return (
    <div className="library">
      <div className="library__header">
        <h1>Map library</h1>
        <div className="toolbar" role="toolbar" aria-label="Library actions">
          <button type="button" onClick={newMap}>
            New map
          </button>
          <ImportMapButton />
          <button type="button" onClick={csvImport.open}>
            Import CSV…
          </button>
        </div>
      </div>
      <LibraryNotices />
      <ImportReportPanel />
      <UnreadableMaps />
      <ul className="library__list" aria-label="Maps">
        {entries.map((entry) => entry && <LibraryCard key={entry.map.id} entry={entry} onRename={setRenaming} />)}
      </ul>
      {renaming !== undefined && <RenameDialog mapId={renaming} onClose={() => setRenaming(undefined)} />}
      {csvImport.dialog}
    </div>
  );
}
