import { Link } from 'react-router';
import { useAppStore } from '../store/app-store';
import { PageLoading } from './page-loading';

/** Shown for a map id the library doesn't have, once the maps saved on this device have loaded. */
export function MapNotFound({ mapId }: { mapId: string | undefined }) {
  // Saved maps arrive from IndexedDB a moment after start: a deep link waits for them, not "not found".
  const loading = useAppStore((state) => state.storage.state === 'loading');
  if (loading) return <PageLoading />;
  return (
    <section className="page-message" aria-labelledby="map-not-found-title">
      <h1 id="map-not-found-title">Map not found</h1>
      <p>
        There is no map with the id “{mapId}” on this device. It may have been deleted, or saved in another
        browser: maps live in the browser they were made in. Export a map as JSON to take it elsewhere.
      </p>
      <p>
        <Link to="/">Go to the map library</Link>
      </p>
    </section>
  );
}
