import { Link } from 'react-router';

export function MapNotFound({ mapId }: { mapId: string | undefined }) {
  return (
    <section className="page-message" aria-labelledby="map-not-found-title">
      <h1 id="map-not-found-title">Map not found</h1>
      <p>
        There is no map with the id “{mapId}” on this device. Maps you import are kept for this visit only
        until saving arrives; export a map to keep a copy.
      </p>
      <p>
        <Link to="/">Go to the map library</Link>
      </p>
    </section>
  );
}
