import { Link, useParams } from 'react-router';
import { MapNotFound } from '../../components/map-not-found';
import { selectMap, useLibraryStore } from '../../store/library-store';

/** /maps/:mapId/edit — the editor arrives with its own issue; this page says so plainly. */
export function EditorPage() {
  const { mapId } = useParams();
  const map = useLibraryStore(selectMap(mapId));
  if (!map) return <MapNotFound mapId={mapId} />;
  return (
    <section className="page-message" aria-labelledby="editor-title">
      <h1 id="editor-title">Edit “{map.title}”</h1>
      <p>Editing on the canvas is not available yet. You can view the map and export it as JSON.</p>
      <p>
        <Link to={`/maps/${encodeURIComponent(map.id)}`}>Back to the map</Link>
      </p>
    </section>
  );
}
