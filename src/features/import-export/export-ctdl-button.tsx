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
 * components; a sample never changes, so its CTIDs are derived from its ids (the same every time).
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
      const isSample = useAppStore.getState().entries[published.id]?.source === 'sample';
      // A sample never changes, so nothing is minted for it: the export derives its CTIDs from its
      // ids, the same every time (map-to-ctdl.ts), so its components keep their names.
      const minted = isSample ? { map: published, minted: 0 } : mintMissingCtids(published, newUuid);
      if (minted.minted > 0) useAppStore.getState().apply(published.id, (draft) => keepCtids(draft, minted.map), { capture: 'step' });
      downloadText(exportFileName(published, '.ctdl.jsonld'), exportCtdlText(minted.map), 'application/ld+json');
      showNotice({ tone: 'info', text: exportedText(minted.minted, isSample), mapId: published.id });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      showNotice({ tone: 'problem', text: `The map could not be exported as CTDL (${reason}). Nothing was changed.`, mapId: map.id });
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
  if (isSample) return 'Exported the sample as a CTDL pathway. Its CTIDs come from its ids, so every export of it names the same components.';
  if (minted === 0) return 'Exported the map as a CTDL pathway.';
  return `Exported the map as a CTDL pathway. ${minted} new ${minted === 1 ? 'CTID' : 'CTIDs'} kept on the map, so the next export names the same components (Undo takes them back).`;
}
