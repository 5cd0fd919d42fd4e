import { useState, type ReactNode } from 'react';
import { updateWages } from '../../domain/commands/update-wages';
import type { PathwayMap } from '../../domain/schema/map';
import { useAppStore } from '../../store/app-store';
import { WageSheetDialog } from './wage-sheet-dialog';
import { localDay } from '../../domain/local-day';

/** "Update wages from a sheet…" wired to the store: every new wage, and the source they cite, in one undo step. */
export function useWageSheetDialog(map: PathwayMap): { open: () => void; dialog: ReactNode } {
  const [isOpen, setOpen] = useState(false);
  const close = () => setOpen(false);
  const dialog = isOpen ? (
    <WageSheetDialog
      map={map}
      onClose={close}
      onApply={(updates, source) => {
        const replacedOn = localDay();
        useAppStore.getState().apply(map.id, (draft) => updateWages(draft, { updates, source, replacedOn }), { capture: 'step' });
        close();
      }}
    />
  ) : null;
  return { open: () => setOpen(true), dialog };
}
