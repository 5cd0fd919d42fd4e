import { useMemo } from 'react';
import { ModalDialog } from '../../../components/modal-dialog';
import type { PathwayMap } from '../../../domain/schema/map';
import { ExportMapButton } from '../../import-export/export-map-button';
import { encodeShareMap, shareLink } from '../../../io/share-link';
import { CopyLinkField } from './copy-link-field';
import './share.css';

/** The link to copy, or (for a map too large for a link) why not, and the file instead. */
export function ShareLinkDialog({ map, onClose }: { map: PathwayMap; onClose: () => void }) {
  const encoding = useMemo(() => encodeShareMap(map), [map]);
  return (
    <ModalDialog title={`Share “${map.title}”`} onClose={onClose}>
      {encoding.ok ? (
        <>
          <p>
            Anyone who opens this link gets their own copy of the map in their browser. The map travels inside the link:
            nothing is uploaded.
          </p>
          <CopyLinkField link={shareLink(window.location.origin, encoding.payload)} />
        </>
      ) : (
        <>
          <p>{encoding.message}</p>
          <ExportMapButton map={map} />
        </>
      )}
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </ModalDialog>
  );
}
