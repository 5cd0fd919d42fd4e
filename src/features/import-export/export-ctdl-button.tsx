import { useState } from 'react';
import type { PathwayMap } from '../../domain/schema/map';
import { downloadText } from '../../io/download';
import { exportFileName } from '../../io/file-names';
import { newUuid } from '../../io/new-uuid';
import { useAppStore } from '../../store/app-store';
import { usePublishMap } from './use-publish-map';

/**
 * Downloads the map as a CTDL Pathway (JSON-LD) for the Credential Registry. Cards without a CTID
 * get one first, kept on the cards as one step Undo takes back, so the next export names the same
 * components; a sample never changes, so its CTIDs are minted for that file only (and it says so).
 * The CTDL writer is loaded only now.
 */
export function ExportCtdlButton({ map }: { map: PathwayMap }) {
  const publish = usePublishMap();
  const showNotice = useAppStore((state) => state.showNotice);
  const [busy, setBusy] = useState(false);

  const exportCtdl = async () => {
    setBusy(true);
    try {
      const { exportCtdlText, mintMissingCtids } = await import('../../domain/ctdl/export-ctdl');
      const published = publish(map);
      const minted = mintMissingCtids(published, newUuid);
      const isSample = useAppStore.getState().entries[published.id]?.source === 'sample';
      if (minted.minted > 0 && !isSample) {
        useAppStore.getState().apply(published.id, (draft) => keepCtids(draft, minted.map), { capture: 'step' });
      }
      downloadText(exportFileName(published, '.ctdl.jsonld'), exportCtdlText(minted.map), 'application/ld+json');
      showNotice({ tone: 'info', text: exportedText(minted.minted, isSample), mapId: published.id });
    } finally {
      setBusy(false);
    }
  };

  return (
    <button type="button" onClick={() => void exportCtdl()} disabled={busy} aria-busy={busy}>
      {busy ? 'Exporting…' : 'Export CTDL'}
    </button>
  );
}

/** Copies the minted CTIDs onto the draft's cards and map (nothing else changes). */
function keepCtids(draft: PathwayMap, minted: PathwayMap): void {
  draft.pathwayCtid = minted.pathwayCtid;
  draft.occupations.forEach((card, index) => {
    card.componentCtid = minted.occupations[index]?.componentCtid ?? card.componentCtid;
  });
  draft.steps.forEach((card, index) => {
    card.componentCtid = minted.steps[index]?.componentCtid ?? card.componentCtid;
  });
}

function exportedText(minted: number, isSample: boolean): string {
  if (minted === 0) return 'Exported the map as a CTDL pathway.';
  const cards = `${minted} new ${minted === 1 ? 'CTID' : 'CTIDs'}`;
  return isSample
    ? `Exported the map as a CTDL pathway with ${cards}, for this file only: a sample map never changes, so edit a copy to keep them.`
    : `Exported the map as a CTDL pathway. ${cards} kept on the map, so the next export names the same components (Undo takes them back).`;
}
