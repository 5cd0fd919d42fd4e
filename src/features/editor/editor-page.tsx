import { ReactFlowProvider } from '@xyflow/react';
import { useNavigate, useParams } from 'react-router';
import { MapNotFound } from '../../components/map-not-found';
import { selectEntry, useAppStore } from '../../store/app-store';
import { Editor } from './editor';

/** /maps/:mapId/edit — samples stay read-only: editing one starts from a copy in the library. */
export function EditorPage() {
  const { mapId } = useParams();
  const entry = useAppStore(selectEntry(mapId));
  const duplicateMap = useAppStore((state) => state.duplicateMap);
  const navigate = useNavigate();
  if (!entry) return <MapNotFound mapId={mapId} />;

  if (entry.source === 'sample') {
    const editCopy = () => {
      const copyId = duplicateMap(entry.map.id);
      if (copyId) void navigate(`/maps/${encodeURIComponent(copyId)}/edit`, { replace: true });
    };
    return (
      <section className="page-message" aria-labelledby="sample-title">
        <h1 id="sample-title">“{entry.map.title}” is a sample map</h1>
        <p>Sample maps stay as they ship. Edit a copy of it: the copy is saved in your library on this device.</p>
        <button type="button" onClick={editCopy} autoFocus>
          Edit a copy
        </button>
      </section>
    );
  }

  return (
    <ReactFlowProvider key={entry.map.id}>
      <Editor map={entry.map} />
    </ReactFlowProvider>
  );
}
