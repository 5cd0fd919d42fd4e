import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { useCsvImportDialog } from '../csv/use-csv-import-dialog';
import { ImportMapButton } from '../import-export/import-map-button';
import { ImportReportPanel } from '../import-export/import-report-panel';
import { useAppStore } from '../../store/app-store';
import { LibraryCard } from './library-card';
import { LibraryNotices } from './library-notices';
import { followTitle } from '../../store/publish-map';
import { RenameDialog, type Renamed } from './rename-dialog';
import { UnreadableMaps } from './unreadable-maps';
import { useFocusAfterRender } from './use-focus-after-render';

/** / — the maps on this device; the bundled samples are always there to start from. */
export function LibraryPage() {
  const entries = useAppStore(useShallow((state) => state.order.map((id) => state.entries[id])));
  const createMap = useAppStore((state) => state.createMap);
  const deleteMap = useAppStore((state) => state.deleteMap);
  const restoreDeleted = useAppStore((state) => state.restoreDeleted);
  // Until the maps stored on this device are read (a large one takes seconds), the list is not whole.
  const reading = useAppStore((state) => state.storage.state === 'loading');
  const navigate = useNavigate();
  const [renaming, setRenaming] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState<string | undefined>();
  const { focusLater, focusable } = useFocusAfterRender();
  const csvImport = useCsvImportDialog();

  const newMap = () => void navigate(`/maps/${encodeURIComponent(createMap('Untitled map'))}/edit`);

  // Each action below takes away the control that had focus; focus goes where the user's next step is.
  const endRename = (mapId: string, renamed: Renamed | undefined) => {
    setRenaming(undefined);
    // A new map still called untitled-map takes its id (and address) from its first real title.
    const id = renamed ? followTitle(mapId) : mapId;
    if (renamed) setAnnouncement(`Renamed “${renamed.from}” to “${renamed.to}”.`);
    focusLater(`rename:${id}`);
  };
  const remove = (mapId: string) => {
    deleteMap(mapId);
    setAnnouncement(undefined);
    focusLater('undo-delete');
  };
  const undoDelete = () => {
    const title = useAppStore.getState().recentlyDeleted?.entry.map.title;
    const mapId = restoreDeleted();
    if (mapId === undefined) return;
    setAnnouncement(`Restored “${title ?? mapId}”.`);
    focusLater(`link:${mapId}`);
  };

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
      <LibraryNotices announcement={announcement} focusable={focusable} onUndoDelete={undoDelete} />
      <ImportReportPanel />
      <UnreadableMaps />
      {reading && (
        <p className="library__reading" role="status">
          Reading the maps saved on this device…
        </p>
      )}
      <ul className="library__list" aria-label="Maps" aria-busy={reading}>
        {entries.map(
          (entry) =>
            entry && (
              <LibraryCard key={entry.map.id} entry={entry} onRename={setRenaming} onDelete={remove} focusable={focusable} />
            ),
        )}
      </ul>
      {renaming !== undefined && (
        <RenameDialog key={renaming} mapId={renaming} onClose={(renamed) => endRename(renaming, renamed)} />
      )}
      {csvImport.dialog}
    </div>
  );
}
