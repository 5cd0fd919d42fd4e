import { useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { plural } from '../../domain/describe';
import { utf8ByteLength } from '../../domain/input/text-checks';
import { formatIssue, type ParseIssue } from '../../domain/parse';
import { serializeMapCompact } from '../../domain/serialize';
import { formatSize } from '../../domain/size-words';
import { decodeShareFragment } from '../../io/share-link';
import { useAppStore } from '../../store/app-store';
import { addSharedMap } from './open-shared-map';

/**
 * /shared#map=… — a map someone shared as a link. The link's map is validated like any import, then
 * shown (title, size, counts) and added to the library only when the user chooses, once the maps
 * saved on this device have loaded (so an identical one is found and none is overwritten); the
 * address is then replaced by the map's, so Back does not add it again. A broken link gets a page
 * that names the problem and changes nothing.
 */
export function SharedMapPage() {
  const { hash } = useLocation();
  const navigate = useNavigate();
  const storageLoading = useAppStore((state) => state.storage.state === 'loading');
  // Pure and bounded (the fragment is capped before it is decompressed), so it can run as we render.
  const decoded = useMemo(() => decodeShareFragment(hash), [hash]);
  const bytes = useMemo(() => (decoded.ok ? utf8ByteLength(serializeMapCompact(decoded.map)) : 0), [decoded]);

  if (!decoded.ok) return <SharedMapProblem errors={decoded.errors} />;
  const { map } = decoded;
  const add = () => {
    const mapId = addSharedMap(decoded);
    void navigate(`/maps/${encodeURIComponent(mapId)}`, { replace: true });
  };
  return (
    <section className="page-message" aria-labelledby="shared-map-title">
      <h1 id="shared-map-title">Shared map: {map.title}</h1>
      <p>
        {plural(map.occupations.length, 'occupation')}, {plural(map.transitions.length, 'move')}, {formatSize(bytes)}. It is not in
        your library yet.
      </p>
      <p>
        <button type="button" onClick={add} disabled={storageLoading}>
          Add to my library and open
        </button>{' '}
        <Link to="/">Not now</Link>
      </p>
      {storageLoading && (
        <p className="page-loading" role="status">
          Loading the maps on this device…
        </p>
      )}
    </section>
  );
}

function SharedMapProblem({ errors }: { errors: readonly ParseIssue[] }) {
  return (
    <section className="page-message" aria-labelledby="shared-map-problem-title">
      <h1 id="shared-map-problem-title">This share link can't be opened</h1>
      <p>Nothing was added to your library.</p>
      <ul className="issue-list">
        {errors.map((issue, index) => (
          <li key={index}>{formatIssue(issue)}</li>
        ))}
      </ul>
      <p>
        <Link to="/">Go to the map library</Link>
      </p>
    </section>
  );
}
