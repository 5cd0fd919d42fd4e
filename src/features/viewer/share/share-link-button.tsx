import { useState } from 'react';
import type { PathwayMap } from '../../../domain/schema/map';
import { ShareLinkDialog } from './share-link-dialog';

/** "Share link": a link that carries the map, for maps small enough; otherwise, the file. */
export function ShareLinkButton({ map }: { map: PathwayMap }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Share link
      </button>
      {open && <ShareLinkDialog map={map} onClose={() => setOpen(false)} />}
    </>
  );
}
