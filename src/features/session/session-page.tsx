import { ReactFlowProvider } from '@xyflow/react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { MapNotFound } from '../../components/map-not-found';
import { selectEntry, useAppStore } from '../../store/app-store';
import { Session } from './session';
import { SessionSummaryPage } from './summary-page';

/**
 * /maps/:mapId/session — facilitation mode. A session records feedback in the map, so a sample
 * (which stays as it ships) is run on a copy, as the editor edits a copy. `?view=summary` shows the
 * printable session summary.
 */
export function SessionPage() {
  const { mapId } = useParams();
  const entry = useAppStore(selectEntry(mapId));
  const duplicateMap = useAppStore((state) => state.duplicateMap);
  const navigate = useNavigate();
  const [search] = useSearchParams();
  if (!entry) return <MapNotFound mapId={mapId} />;

  if (entry.source === 'sample') {
    const runOnCopy = () => {
      const copyId = duplicateMap(entry.map.id);
      if (copyId) void navigate(`/maps/${encodeURIComponent(copyId)}/session`, { replace: true });
    };
    return (
      <section className="page-message" aria-labelledby="sample-title">
        <h1 id="sample-title">“{entry.map.title}” is a sample map</h1>
        <p>
          Sample maps stay as they ship. Run the session on a copy of it: the copy, with every vote and remark of
          the session, is saved in your library on this device.
        </p>
        <button type="button" onClick={runOnCopy} autoFocus>
          Run a session on a copy
        </button>
      </section>
    );
  }

  if (search.get('view') === 'summary') return <SessionSummaryPage map={entry.map} />;

  return (
    <ReactFlowProvider key={entry.map.id}>
      <Session map={entry.map} />
    </ReactFlowProvider>
  );
}
