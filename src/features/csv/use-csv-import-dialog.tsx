import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { replaceMap } from '../../domain/commands/replace-map';
import type { PathwayMap } from '../../domain/schema/map';
import { useAppStore } from '../../store/app-store';
import { CsvImportDialog } from './csv-import-dialog';

/**
 * "Import CSV…" wired to the store: a new map opens in the editor; a merge into the open map is
 * one undo step.
 */
export function useCsvImportDialog(openMap?: PathwayMap): { open: () => void; dialog: ReactNode } {
  const [isOpen, setOpen] = useState(false);
  const navigate = useNavigate();
  const close = () => setOpen(false);

  const importNew = (map: PathwayMap) => {
    const id = useAppStore.getState().addMap(map);
    close();
    void navigate(`/maps/${encodeURIComponent(id)}/edit`);
  };
  const merge = (merged: PathwayMap) => {
    if (openMap) useAppStore.getState().apply(openMap.id, (draft) => replaceMap(draft, merged), { capture: 'step' });
    close();
  };

  const dialog = isOpen ? (
    <CsvImportDialog openMap={openMap} onClose={close} onImportNew={importNew} onMerge={merge} />
  ) : null;
  return { open: () => setOpen(true), dialog };
}
